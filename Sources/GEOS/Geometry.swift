import CGEOS
import Synchronization

/// An immutable planar geometry backed by GEOS (coordinates in whatever units the caller uses; for
/// GeoJSON input these are degrees, so areas come out in square degrees and lengths in degrees).
///
/// ```swift
/// let square = try Geometry(wkt: "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))")
/// let shifted = try Geometry(wkt: "POLYGON((0.5 0.5, 1.5 0.5, 1.5 1.5, 0.5 1.5, 0.5 0.5))")
/// try square.intersection(shifted).area()   // 0.25
/// ```
///
/// ## Threads and GEOS contexts
/// Safe to share between tasks by construction. `Geometry` is checked `Sendable`: its only stored
/// property is a `Mutex`. The value in the mutex, `GeometryHandle`, is a non-copyable unique owner of
/// the two C pointers (the one `@unchecked` in this story: the compiler cannot reason about C pointers).
/// - Every `Geometry` owns its own `GEOSContextHandle_t` and its `GEOSGeometry*` together, inside the
///   `Mutex`. Nothing else holds either pointer, so a context is never used by two threads at once,
///   and a GEOS geometry (which caches its envelope lazily, i.e. mutates on read) is never read by two
///   threads at once.
/// - An operation on one geometry locks it and calls GEOS with the geometry's own context; GEOS's error
///   message lands in that context and becomes a `GEOSError`.
/// - An operation on two geometries locks both, always in the order of their object identities, so two
///   tasks computing `a ∩ b` and `b ∪ a` cannot deadlock. `a.intersection(a)` locks once.
///   `polygonize` locks all its inputs in the same global order.
/// - An operation that produces a geometry first creates a fresh context (a small allocation) on the
///   calling thread, runs GEOS through it while the operands are locked, and hands context and result
///   together to the new `Geometry`; the result is never visible to another thread before it is owned.
/// Reads of one geometry from many tasks therefore serialise on its lock; for heavy parallel reads of
/// the same shape give each task its own copy (`Geometry(wkb: shape.wkb())`) or `PreparedGeometry`.
public final class Geometry: Sendable, CustomStringConvertible {
    private let handle: Mutex<GeometryHandle>

    /// The geometry as WKT, for logs and test failures.
    public var description: String {
        (try? wkt()) ?? "<geometry GEOS could not write as WKT>"
    }

    /// Wraps a GEOS geometry and the context it was created in; the new object owns both.
    init(owning handle: consuming sending GeometryHandle) {
        self.handle = Mutex(handle)
    }

    /// Runs `body` with this geometry locked, passing its own context and GEOS pointer.
    func withHandle<R: ~Copyable & Sendable>(_ body: (GEOSContext, OpaquePointer) throws -> R) throws -> R {
        try handle.withLock { locked in
            locked.context.clearMessages()
            return try body(locked.context, locked.pointer)
        }
    }

    /// Runs `body` with `self` and `other` locked (in identity order), passing the context of `self`.
    func withHandles<R: Sendable>(
        _ other: Geometry, _ body: (GEOSContext, OpaquePointer, OpaquePointer) throws -> R
    ) throws -> R {
        if self === other {
            return try withHandle { context, pointer in try body(context, pointer, pointer) }
        }
        if ObjectIdentifier(self) < ObjectIdentifier(other) {
            return try handle.withLock { mine in
                try other.handle.withLock { theirs in
                    mine.context.clearMessages()
                    return try body(mine.context, mine.pointer, theirs.pointer)
                }
            }
        }
        return try other.handle.withLock { theirs in
            try handle.withLock { mine in
                mine.context.clearMessages()
                return try body(mine.context, mine.pointer, theirs.pointer)
            }
        }
    }

    /// Runs `body` with every geometry in `geometries` locked (each once, in identity order), passing
    /// their GEOS pointers in the order given.
    static func withHandles<R: Sendable>(
        of geometries: [Geometry], _ body: ([OpaquePointer]) throws -> R
    ) throws -> R {
        var seen = Set<ObjectIdentifier>()
        let lockOrder = geometries
            .filter { seen.insert(ObjectIdentifier($0)).inserted }
            .sorted { ObjectIdentifier($0) < ObjectIdentifier($1) }
        var pointers: [ObjectIdentifier: OpaquePointer] = [:]
        func lock(from index: Int) throws -> R {
            guard index < lockOrder.count else {
                return try body(geometries.compactMap { pointers[ObjectIdentifier($0)] })
            }
            return try lockOrder[index].handle.withLock { locked in
                pointers[ObjectIdentifier(lockOrder[index])] = locked.pointer
                return try lock(from: index + 1)
            }
        }
        return try lock(from: 0)
    }

    /// Creates a fresh context, runs `body` (which must return a new geometry owned by the caller, or nil
    /// on failure) and wraps the result. Use inside `withHandle`/`withHandles` to read operands.
    static func produce(
        _ operation: String, _ body: (GEOSContextHandle_t) -> OpaquePointer?
    ) throws -> Geometry {
        let context = try GEOSContext()
        let result = try context.check(body(context.handle), operation)
        return Geometry(owning: GeometryHandle(context: context, pointer: result))
    }

    /// A new geometry computed from this one by a GEOS call that returns a new geometry.
    func unary(
        _ operation: String, _ call: (GEOSContextHandle_t, OpaquePointer) -> OpaquePointer?
    ) throws -> Geometry {
        try withHandle { _, pointer in
            try Geometry.produce(operation) { context in call(context, pointer) }
        }
    }

    /// A new geometry computed from this one and `other` by a GEOS call that returns a new geometry.
    func binary(
        _ other: Geometry, _ operation: String,
        _ call: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> OpaquePointer?
    ) throws -> Geometry {
        try withHandles(other) { _, mine, theirs in
            try Geometry.produce(operation) { context in call(context, mine, theirs) }
        }
    }
}
