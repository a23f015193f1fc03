import GEOS
import GeoJSON

/// The ground held by Russia inside Ukraine's outline, with where it comes from.
///
/// Built either from a dated line of contact (``init(line:outline:)``) or from a user's control polygon
/// (``init(control:outline:)``). The geometry is valid, polygonal and inside the outline.
public struct HeldArea: Sendable {
    /// The held ground (Polygon or MultiPolygon, longitude/latitude degrees). The map layer measures distances to it.
    public let geometry: GEOS.Geometry
    /// The date of the line or control file, when known.
    public let asOf: CalendarDate?
    /// Where the polygon comes from: "line of contact 2025-07-01" or "control file FILE".
    public let source: String
    /// The approximation warning (bundled lines) or the control file's own caveat.
    public let note: String
    /// What was repaired or noticed on the way (make-valid repairs, winding, `crs` members, clipping).
    public let notes: [String]

    public init(geometry: GEOS.Geometry, asOf: CalendarDate?, source: String, note: String, notes: [String] = []) {
        self.geometry = geometry
        self.asOf = asOf
        self.source = source
        self.note = note
        self.notes = notes
    }

    /// How far (degrees) each end of a line is pushed out before noding, so it crosses the coast or border.
    static let endExtensionDegrees = 0.5

    /// The held side of `line` inside `outline`: the line (ends extended) is noded with the outline's boundary
    /// by a unary union, polygonized, and the faces inside the outline whose interior point lies on the held side
    /// are kept; the line's extra held areas are added and the whole is intersected with the outline.
    /// - Throws: `OverlayError.lineEndInsideOutline`, `.lineCrossesItself`, `.noHeldGround`; `GEOSError` if GEOS fails.
    public init(line: ContactLine, outline: GEOS.Geometry) throws {
        let date = line.date.description
        let positions = line.waypoints.map(\.position)
        let preparedOutline = try PreparedGeometry(outline)
        for (end, position) in [("first", positions[0]), ("last", positions[positions.count - 1])] {
            if try preparedOutline.contains(GEOS.Geometry(.point(position))) {
                throw OverlayError.lineEndInsideOutline(date: date, end: end)
            }
        }
        let extended = HeldSideRegion.extended(positions, by: Self.endExtensionDegrees)
        let region = try GEOS.Geometry(.polygon([HeldSideRegion.ring(for: extended, side: line.heldSide)]))
        guard try region.isValid() else { throw OverlayError.lineCrossesItself(date: date) }
        let preparedRegion = try PreparedGeometry(region)

        let boundary = try OverlayGeometry.boundaryLines(of: outline)
        let noded = try GEOS.Geometry(.geometryCollection([.lineString(extended), boundary])).unaryUnion()
        let faces = try GEOS.Geometry.polygonize([noded])
        var held: [GeoJSONGeometry] = []
        for index in 0..<(try faces.numberOfGeometries()) {
            let face = try faces.geometry(at: index)
            let inside = try face.pointOnSurface()
            if try preparedOutline.contains(inside), try preparedRegion.contains(inside) {
                held.append(try face.geoJSON())
            }
        }
        held += line.extraHeldAreas.map { .polygon([$0.ring]) }
        let source = "line of contact \(date)"
        let union = try GEOS.Geometry(.geometryCollection(held)).unaryUnion()
        let clipped = try OverlayGeometry.polygonal(union.intersection(outline))
        guard try !clipped.isEmpty() else { throw OverlayError.noHeldGround(source: source) }
        self.init(geometry: clipped, asOf: line.date, source: source, note: line.note)
    }
}
