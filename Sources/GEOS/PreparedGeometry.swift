import CGEOS
import GeoJSON
import Synchronization

/// A geometry prepared for many repeated predicate tests against it (GEOS builds spatial indexes of its
/// edges on first use), e.g. "which of these 100,000 points lie in Ukraine?".
///
/// Concurrency: the same story as `Geometry`. The prepared geometry owns its own context, its own copy
/// of the source geometry (GEOS's prepared geometry points into it) and the `GEOSPrepare_r` result,
/// together inside one `Mutex`; GEOS builds its indexes lazily, so every call locks. When a predicate
/// also takes a `Geometry`, the prepared geometry is locked first, then the argument; nothing locks in
/// the other order. Calls from many tasks serialise; for parallel bulk work, give each task its own
/// `PreparedGeometry`.
public final class PreparedGeometry: Sendable {
    private let handle: Mutex<PreparedHandle>
    /// The bounding box of the prepared shape, used to answer points outside it without GEOS.
    public let extent: Extent?

    /// Prepares a copy of `geometry`.
    public init(_ geometry: Geometry) throws {
        extent = try geometry.extent()
        let prepared = try geometry.withHandle { _, source in try PreparedHandle(copying: source) }
        handle = Mutex(prepared)
    }

    /// True if `other` lies inside (see `Geometry.contains`).
    public func contains(_ other: Geometry) throws -> Bool {
        try test(other, "GEOSPreparedContains_r", GEOSPreparedContains_r)
    }

    /// True if `other` lies inside without touching the boundary.
    public func containsProperly(_ other: Geometry) throws -> Bool {
        try test(other, "GEOSPreparedContainsProperly_r", GEOSPreparedContainsProperly_r)
    }

    /// True if the geometries share at least one point.
    public func intersects(_ other: Geometry) throws -> Bool {
        try test(other, "GEOSPreparedIntersects_r", GEOSPreparedIntersects_r)
    }

    /// True if no point of `other` lies outside (boundary counts as inside).
    public func covers(_ other: Geometry) throws -> Bool {
        try test(other, "GEOSPreparedCovers_r", GEOSPreparedCovers_r)
    }

    /// For each position (longitude = x, latitude = y), whether the prepared geometry contains it.
    /// A point on the boundary is not contained. Altitudes are ignored.
    /// - Throws: `GEOSError.invalidCoordinate` for a NaN or infinite position, before any GEOS call.
    public func contains(points: [Position]) throws -> [Bool] {
        for point in points where !(point.longitude.isFinite && point.latitude.isFinite) {
            throw GEOSError.invalidCoordinate(point)
        }
        guard let extent else { return [Bool](repeating: false, count: points.count) }
        return try handle.withLock { locked in
            let context = locked.context
            context.clearMessages()
            var result = [Bool](repeating: false, count: points.count)
            // GEOS 3.12 adds GEOSPreparedContainsXY_r, which tests a bare (x, y) without creating a
            // point geometry at all; Debian bookworm ships GEOS 3.11, so each candidate point is created
            // here. Reusing one point by rewriting its coordinate sequence is not safe: GEOS caches a
            // point's envelope and the C API cannot invalidate it. GEOSGeom_createPointFromXY_r is a
            // single small allocation, and points outside the bounding box never reach GEOS.
            for (index, point) in points.enumerated()
            where extent.contains(x: point.longitude, y: point.latitude) {
                let geometry = try context.check(
                    GEOSGeom_createPointFromXY_r(context.handle, point.longitude, point.latitude),
                    "GEOSGeom_createPointFromXY_r")
                let answer = GEOSPreparedContains_r(context.handle, locked.prepared, geometry)
                GEOSGeom_destroy_r(context.handle, geometry)
                result[index] = try context.predicate(answer, "GEOSPreparedContains_r")
            }
            return result
        }
    }

    private func test(
        _ other: Geometry, _ name: String,
        _ call: (GEOSContextHandle_t?, OpaquePointer?, OpaquePointer?) -> CChar
    ) throws -> Bool {
        try handle.withLock { locked in
            let prepared = locked.prepared
            let context = locked.context
            context.clearMessages()
            return try other.withHandle { _, pointer in
                try context.predicate(call(context.handle, prepared, pointer), name)
            }
        }
    }
}

/// Exclusive ownership of a `GEOSPreparedGeometry*`, the geometry copy it refers to, and their context.
/// Sendable for the same reason as `GeometryHandle`: non-copyable, pointers stored nowhere else.
struct PreparedHandle: ~Copyable, @unchecked Sendable {
    let context: GEOSContext
    let source: OpaquePointer
    let prepared: OpaquePointer

    /// Copies `geometry` into a new context and prepares the copy.
    init(copying geometry: OpaquePointer) throws {
        let context = try GEOSContext()
        let source = try context.check(GEOSGeom_clone_r(context.handle, geometry), "GEOSGeom_clone_r")
        guard let prepared = GEOSPrepare_r(context.handle, source) else {
            let error = context.failure("GEOSPrepare_r")
            GEOSGeom_destroy_r(context.handle, source)
            throw error
        }
        self.context = context
        self.source = source
        self.prepared = prepared
    }

    deinit {
        // The prepared geometry refers to `source`, so it goes first.
        GEOSPreparedGeom_destroy_r(context.handle, prepared)
        GEOSGeom_destroy_r(context.handle, source)
    }
}
