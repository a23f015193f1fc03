import GEOS
import GeoJSON
import Proj

/// Geometry steps the overlay shares: boundaries as lines, polygonal parts, and geodesic areas of what is written.
enum OverlayGeometry {
    /// Coordinates as written to GeoJSON (6 decimals, about 0.1 m): areas are measured on exactly these.
    static let rounding = CoordinateRounding(decimals: 6)

    /// The rings of a polygonal geometry as a MultiLineString.
    static func boundaryLines(of geometry: GEOS.Geometry) throws -> GeoJSONGeometry {
        .multiLineString(polygons(of: try geometry.geoJSON()).flatMap { $0 })
    }

    /// The polygons of any geometry (points and lines dropped, collections flattened).
    static func polygons(of geometry: GeoJSONGeometry) -> [PolygonCoordinates] {
        switch geometry {
        case .polygon(let rings): rings.isEmpty ? [] : [rings]
        case .multiPolygon(let polygons): polygons.filter { !$0.isEmpty }
        case .geometryCollection(let members): members.flatMap { polygons(of: $0) }
        case .point, .multiPoint, .lineString, .multiLineString: []
        }
    }

    /// The polygonal part of `geometry` as one valid Polygon or MultiPolygon (empty MultiPolygon when none);
    /// an overlay can leave slivers as lines or points, which an area layer does not want.
    static func polygonal(_ geometry: GEOS.Geometry) throws -> GEOS.Geometry {
        let parts = polygons(of: try geometry.geoJSON())
        let result = try GEOS.Geometry(parts.count == 1 ? .polygon(parts[0]) : .multiPolygon(parts))
        return try result.isValid() ? result : try GEOS.Geometry(.geometryCollection(parts.map { .polygon($0) })).unaryUnion()
    }

    /// `geometry` as GeoJSON with coordinates rounded as the writer rounds them.
    static func written(_ geometry: GEOS.Geometry) throws -> GeoJSONGeometry {
        let parts = polygons(of: try geometry.geoJSON()).map { rings in
            rings.map { ring in ring.map { rounding.round($0) } }
        }
        return parts.count == 1 ? .polygon(parts[0]) : .multiPolygon(parts)
    }

    /// Geodesic area on the WGS 84 ellipsoid, square kilometres.
    static func squareKilometres(_ geometry: GeoJSONGeometry) throws -> Double {
        try Geodesic.wgs84.area(of: geometry).squareMeters / 1e6
    }
}
