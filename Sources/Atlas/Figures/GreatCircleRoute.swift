import Gazetteer
import GeoJSON
import Proj

/// The shortest route between two places on the WGS84 ellipsoid, densified so that a map drawn in any projection
/// shows the true geodesic, and split at the antimeridian into a MultiLineString where it crosses it.
///
/// ```swift
/// let route = try GreatCircleRoute.feature(from: budapest, to: kyiv)
/// route.properties["distance_km"]   // 901.476
/// ```
public enum GreatCircleRoute {
    /// Largest gap between consecutive vertices, metres.
    public static let maxSegmentMeters = 25_000.0

    public static func feature(from start: Place, to end: Place) throws(AtlasError) -> Feature {
        let geometry: GeoJSON.Geometry
        let leg: GeodesicInverse
        do {
            geometry = try Geodesic.wgs84.lineGeometry(from: start.coordinate, to: end.coordinate, maxSegmentMeters: maxSegmentMeters)
            leg = try Geodesic.wgs84.inverse(from: start.coordinate, to: end.coordinate)
        } catch {
            throw .geodesic(error.description)
        }
        var properties: JSONObject = [:]
        properties["name"] = .string("\(start.name) – \(end.name)")
        properties["kind"] = "route"
        properties["from"] = .string(start.name)
        properties["from_id"] = .string(start.id)
        properties["to"] = .string(end.name)
        properties["to_id"] = .string(end.id)
        properties["distance_km"] = .number(FigureFormat.round(leg.meters / 1000, decimals: 3))
        properties["azimuth_deg"] = .number(FigureFormat.round(Bearing.compass(leg.azimuth1Degrees), decimals: 2))
        SimpleStyle.line(color: RolePalette.route, width: 2, title: "\(start.name) – \(end.name)",
                         description: "Geodesic, \(FigureFormat.kilometers(leg.meters / 1000)) km")
            .apply(to: &properties)
        return Feature(geometry: geometry, properties: properties)
    }
}
