import GEOS
import GeoJSON

extension HeldArea {
    /// The held ground given by a user's control file (GeoJSON: a geometry, a Feature or a FeatureCollection of
    /// Polygons or MultiPolygons), clipped to `outline`.
    ///
    /// Accepted with a note (in ``notes``): a `crs` member (ignored: RFC 7946 is WGS 84 only), clockwise exterior
    /// rings (geodesic areas do not depend on winding), non-polygon members (skipped), invalid polygons such as
    /// a self-intersecting ring (repaired with make-valid; GEOS's reason is reported), ground outside the outline
    /// (clipped). `as_of` or `date` (YYYY-MM-DD) in the collection's foreign members or the first feature's
    /// properties dates the snapshot.
    /// - Parameter source: how to name the file in messages.
    /// - Throws: `OverlayError.malformedControl` (not JSON / not GeoJSON), `.emptyControl` (no polygon with
    ///   positions), `.controlOutsideUkraine` (no overlap with the outline); `GEOSError` if GEOS fails.
    public init(control bytes: [UInt8], source: String, outline: GEOS.Geometry) throws {
        let result: GeoJSONReader.Result
        do { result = try GeoJSONReader().read(bytes: bytes) } catch {
            throw OverlayError.malformedControl(source: source, reason: error.description)
        }
        var notes = result.warnings.map { "warning: \($0.message) at \($0.path)" }
        let geometries: [GeoJSONGeometry]
        switch result.document {
        case .geometry(let geometry): geometries = [geometry]
        case .feature(let feature): geometries = feature.geometry.map { [$0] } ?? []
        case .featureCollection(let collection): geometries = collection.features.compactMap(\.geometry)
        }
        let polygons = geometries.flatMap { OverlayGeometry.polygons(of: $0) }.filter { !($0.first?.isEmpty ?? true) }
        guard !polygons.isEmpty else { throw OverlayError.emptyControl(source: source) }
        let skipped = geometries.reduce(0) { $0 + Self.nonPolygonCount($1) }
        if skipped > 0 { notes.append("skipped \(skipped) non-polygon geometr\(skipped == 1 ? "y" : "ies") (points or lines)") }

        let clockwise = polygons.filter { RingOrientation.isClockwise($0[0]) }.count
        if clockwise > 0 {
            notes.append("\(clockwise) of \(polygons.count) exterior rings wound clockwise (RFC 7946 asks for "
                + "counter-clockwise); accepted, areas do not depend on winding")
        }

        var parts: [GeoJSONGeometry] = []
        for (index, rings) in polygons.enumerated() {
            let polygon = try GEOS.Geometry(.polygon(rings))
            if try polygon.isValid() {
                parts.append(.polygon(rings))
            } else {
                let reason = try polygon.validityReason()
                let repaired = try OverlayGeometry.polygonal(polygon.makeValid())
                notes.append("repaired polygon \(index + 1) of \(polygons.count) with make-valid: \(reason)")
                parts.append(try repaired.geoJSON())
            }
        }
        let control = try GEOS.Geometry(.geometryCollection(parts)).unaryUnion()
        let clipped = try OverlayGeometry.polygonal(control.intersection(outline))
        let heldKm2 = try OverlayGeometry.squareKilometres(OverlayGeometry.written(clipped))
        guard heldKm2 > 0 else { throw OverlayError.controlOutsideUkraine(source: source) }
        let controlKm2 = try OverlayGeometry.squareKilometres(OverlayGeometry.written(OverlayGeometry.polygonal(control)))
        if controlKm2 - heldKm2 > 0.01 * controlKm2 {
            let outside = Int((controlKm2 - heldKm2).rounded())
            notes.append("clipped to Ukraine's outline: \(outside) km² of the control polygons lie outside it")
        }
        self.init(geometry: clipped, asOf: Self.date(in: result.document), source: "control file \(source)",
                  note: "user-supplied control polygon, clipped to Ukraine's outline", notes: notes)
    }

    private static func nonPolygonCount(_ geometry: GeoJSONGeometry) -> Int {
        switch geometry {
        case .polygon, .multiPolygon: 0
        case .geometryCollection(let members): members.reduce(0) { $0 + nonPolygonCount($1) }
        case .point, .multiPoint, .lineString, .multiLineString: 1
        }
    }

    private static func date(in document: GeoJSONDocument) -> CalendarDate? {
        var candidates: [JSONValue?] = []
        if case .featureCollection(let collection) = document {
            candidates += [collection.foreignMembers["as_of"], collection.foreignMembers["date"]]
        }
        if let first = document.features.first {
            candidates += [first.properties["as_of"], first.properties["date"]]
        }
        for case .string(let text)? in candidates {
            if let date = try? CalendarDate(text) { return date }
        }
        return nil
    }
}
