import CProj
import GeoJSON

/// Area and perimeter of a polygonal geometry with geodesic edges.
public struct PolygonMeasure: Hashable, Sendable {
    /// Area, square metres: exterior rings minus holes, summed over polygons.
    public var squareMeters: Double
    /// Total length of all rings (exteriors and holes), metres.
    public var perimeterMeters: Double

    public init(squareMeters: Double, perimeterMeters: Double) {
        self.squareMeters = squareMeters
        self.perimeterMeters = perimeterMeters
    }
}

extension Geodesic {
    /// Area and perimeter of `geometry` with geodesic edges (`geod_polygon_*`, GeographicLib accuracy).
    ///
    /// A Polygon counts |exterior| − Σ|holes|; a MultiPolygon sums its polygons; a GeometryCollection sums its
    /// members; points and lines measure 0 m² and 0 m. Ring winding does not matter: each ring counts the area it
    /// encloses on the side that is smaller than half the ellipsoid. A closing position equal to the first is
    /// optional.
    /// - Throws: ``GeodesicError/invalidPosition(latitude:longitude:)`` for any invalid position.
    public func area(of geometry: Geometry) throws(GeodesicError) -> PolygonMeasure {
        switch geometry {
        case .point, .multiPoint, .lineString, .multiLineString:
            return PolygonMeasure(squareMeters: 0, perimeterMeters: 0)
        case .polygon(let rings):
            return try polygonMeasure(rings)
        case .multiPolygon(let polygons):
            var total = PolygonMeasure(squareMeters: 0, perimeterMeters: 0)
            for polygon in polygons { total.add(try polygonMeasure(polygon)) }
            return total
        case .geometryCollection(let members):
            var total = PolygonMeasure(squareMeters: 0, perimeterMeters: 0)
            for member in members { total.add(try area(of: member)) }
            return total
        }
    }

    private func polygonMeasure(_ rings: [[Position]]) throws(GeodesicError) -> PolygonMeasure {
        var total = PolygonMeasure(squareMeters: 0, perimeterMeters: 0)
        for (index, ring) in rings.enumerated() {
            let measure = try ringMeasure(ring)
            total.squareMeters += index == 0 ? measure.squareMeters : -measure.squareMeters
            total.perimeterMeters += measure.perimeterMeters
        }
        return total
    }

    /// Unsigned area and perimeter of one ring.
    private func ringMeasure(_ ring: [Position]) throws(GeodesicError) -> PolygonMeasure {
        for position in ring { try Self.validate(position) }
        let vertices = ring.count > 1 && ring.first == ring.last ? ring.dropLast() : ring[...]
        var polygon = geod_polygon()
        geod_polygon_init(&polygon, 0)
        var area = 0.0, perimeter = 0.0
        withUnsafePointer(to: ellipsoid) { g in
            for vertex in vertices { geod_polygon_addpoint(g, &polygon, vertex.latitude, vertex.longitude) }
            // reverse = 0, sign = 1: a clockwise ring gives minus the area it encloses, not the rest of the earth.
            _ = geod_polygon_compute(g, &polygon, 0, 1, &area, &perimeter)
        }
        return PolygonMeasure(squareMeters: abs(area), perimeterMeters: perimeter)
    }
}

extension PolygonMeasure {
    fileprivate mutating func add(_ other: PolygonMeasure) {
        squareMeters += other.squareMeters
        perimeterMeters += other.perimeterMeters
    }
}
