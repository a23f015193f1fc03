import CProj

/// Direction of a ``CoordinateTransformer`` call.
public enum TransformDirection: Sendable {
    /// Source CRS to target CRS.
    case forward
    /// Target CRS back to source CRS.
    case inverse
}

/// Transforms coordinates between two coordinate reference systems PROJ knows: `"EPSG:3035"`, PROJ strings
/// (`"+proj=utm +zone=35 +datum=WGS84"`), WKT or PROJJSON.
///
/// Axis order is normalised for visualisation: x is always longitude or easting, y latitude or northing, whatever
/// the CRS's official order (EPSG:4326 is latitude-first in PROJ; here it is `(x: lon, y: lat)` in degrees).
/// Units are those of the CRS: degrees for geographic CRSs, usually metres for projected ones.
///
/// Creating a transformer costs milliseconds (PROJ searches its database): build one per CRS pair and reuse it;
/// never build one per point.
///
/// Thread safety: a transformer is deliberately *not* `Sendable`. It owns its own `PJ_CONTEXT`, which PROJ forbids
/// using from two threads at once. Guarding it with a `Mutex` would serialise every caller on one context, while a
/// transformer per task runs in parallel with no locking; keeping the type non-Sendable makes the compiler enforce
/// the per-task pattern.
public final class CoordinateTransformer {
    /// The source CRS definition, as given.
    public let source: String
    /// The target CRS definition, as given.
    public let target: String
    /// True when the source CRS is geographic (coordinates in degrees, x = longitude).
    public let sourceIsGeographic: Bool
    /// True when the target CRS is geographic (coordinates in degrees, x = longitude).
    public let targetIsGeographic: Bool

    private let context: ProjContext
    private let operation: OpaquePointer

    /// Builds a transformer from `source` to `target`.
    /// - Throws: ``ProjError/unknownCRS(definition:message:)`` with PROJ's message for a definition PROJ cannot
    ///   parse (such as `"EPSG:999999"`), ``ProjError/notACRS(definition:)``,
    ///   ``ProjError/ambiguousCRSName(definition:resolvedName:)``, or
    ///   ``ProjError/transformerCreationFailed(source:target:message:)``.
    public init(from source: String, to target: String) throws(ProjError) {
        self.source = source
        self.target = target
        let context = try ProjContext()
        self.context = context

        let sourceCRS = try Self.createCRS(source, in: context)
        defer { proj_destroy(sourceCRS) }
        let targetCRS = try Self.createCRS(target, in: context)
        defer { proj_destroy(targetCRS) }
        self.sourceIsGeographic = Self.isGeographic(sourceCRS)
        self.targetIsGeographic = Self.isGeographic(targetCRS)

        context.clearMessage()
        guard let raw = proj_create_crs_to_crs_from_pj(context.handle, sourceCRS, targetCRS, nil, nil) else {
            throw .transformerCreationFailed(
                source: source, target: target,
                message: context.message(errno: proj_context_errno(context.handle)))
        }
        defer { proj_destroy(raw) }
        guard let normalized = proj_normalize_for_visualization(context.handle, raw) else {
            throw .transformerCreationFailed(
                source: source, target: target,
                message: context.message(errno: proj_context_errno(context.handle)))
        }
        self.operation = normalized
    }

    deinit {
        proj_destroy(operation)
    }

    /// Transforms one coordinate (x = longitude/easting, y = latitude/northing).
    /// - Throws: ``ProjError/nonFiniteInput(index:x:y:)`` before calling PROJ for NaN or infinite input;
    ///   ``ProjError/transformFailed(index:message:)`` when PROJ returns no finite result.
    public func transform(
        _ point: (x: Double, y: Double), direction: TransformDirection = .forward
    ) throws(ProjError) -> (x: Double, y: Double) {
        guard point.x.isFinite, point.y.isFinite else {
            throw .nonFiniteInput(index: nil, x: point.x, y: point.y)
        }
        proj_errno_reset(operation)
        context.clearMessage()
        let output = proj_trans(operation, direction.projDirection, proj_coord(point.x, point.y, 0, 0))
        let x = output.xy.x, y = output.xy.y
        guard x.isFinite, y.isFinite, x != .greatestFiniteMagnitude, y != .greatestFiniteMagnitude else {
            throw .transformFailed(index: nil, message: context.message(errno: proj_errno(operation)))
        }
        return (x, y)
    }

    /// Transforms many coordinates in one PROJ call (`proj_trans_array`).
    /// - Throws: ``ProjError/nonFiniteInput(index:x:y:)`` for the first non-finite input (nothing is transformed);
    ///   ``ProjError/transformFailed(index:message:)`` naming the first coordinate PROJ could not transform.
    public func transform(
        _ points: [(x: Double, y: Double)], direction: TransformDirection = .forward
    ) throws(ProjError) -> [(x: Double, y: Double)] {
        for (index, point) in points.enumerated() where !(point.x.isFinite && point.y.isFinite) {
            throw .nonFiniteInput(index: index, x: point.x, y: point.y)
        }
        var coordinates = points.map { proj_coord($0.x, $0.y, 0, 0) }
        proj_errno_reset(operation)
        context.clearMessage()
        let status = coordinates.withUnsafeMutableBufferPointer { buffer in
            proj_trans_array(operation, direction.projDirection, buffer.count, buffer.baseAddress)
        }
        var results: [(x: Double, y: Double)] = []
        results.reserveCapacity(coordinates.count)
        for (index, coordinate) in coordinates.enumerated() {
            let x = coordinate.xy.x, y = coordinate.xy.y
            guard x.isFinite, y.isFinite, x != .greatestFiniteMagnitude, y != .greatestFiniteMagnitude else {
                let errno = status != 0 ? status : proj_errno(operation)
                throw .transformFailed(index: index, message: context.message(errno: errno))
            }
            results.append((x, y))
        }
        return results
    }

    /// True for geographic 2D/3D CRSs (and compound CRSs whose horizontal part is geographic, approximated by type).
    private static func isGeographic(_ crs: OpaquePointer) -> Bool {
        switch proj_get_type(crs) {
        case PJ_TYPE_GEOGRAPHIC_2D_CRS, PJ_TYPE_GEOGRAPHIC_3D_CRS, PJ_TYPE_GEOGRAPHIC_CRS: true
        default: false
        }
    }

    /// Parses one CRS definition on `context`, refusing non-CRS objects and guessed names.
    private static func createCRS(_ definition: String, in context: ProjContext) throws(ProjError) -> OpaquePointer {
        context.clearMessage()
        guard let object = proj_create(context.handle, definition) else {
            throw .unknownCRS(definition: definition, message: context.message(errno: proj_context_errno(context.handle)))
        }
        var crs = object
        if proj_is_crs(crs) == 0 {
            proj_destroy(crs)
            // A bare PROJ string describes an operation; "+type=crs" asks for the CRS it implies.
            let trimmed = definition.trimmingPrefixWhitespace
            guard trimmed.hasPrefix("+"), !definition.contains("+type=crs"),
                  let retried = proj_create(context.handle, definition + " +type=crs"), proj_is_crs(retried) != 0
            else { throw .notACRS(definition: definition) }
            crs = retried
        }
        if looksLikeBareName(definition) {
            let name = proj_get_name(crs).map { String(cString: $0) } ?? ""
            if name.lowercased() != definition.trimmingPrefixWhitespace.lowercased() {
                proj_destroy(crs)
                throw .ambiguousCRSName(definition: definition, resolvedName: name)
            }
        }
        return crs
    }

    /// True for a definition that is none of AUTHORITY:CODE, URN/URL, PROJ string, WKT or PROJJSON, i.e. a name
    /// PROJ would look up by partial match.
    private static func looksLikeBareName(_ definition: String) -> Bool {
        let text = definition.trimmingPrefixWhitespace
        if text.hasPrefix("+") || text.hasPrefix("{") || text.contains("[") || text.contains(":") { return false }
        return true
    }
}

extension TransformDirection {
    var projDirection: PJ_DIRECTION { self == .forward ? PJ_FWD : PJ_INV }
}

extension String {
    var trimmingPrefixWhitespace: String { String(drop(while: \.isWhitespace)) }
}
