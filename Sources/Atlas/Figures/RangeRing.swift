import Gazetteer
import GeoJSON
import Proj

/// A geodesic range ring around a place, as a styled feature: every point of its edge is `radiusKilometers` from
/// the centre along a geodesic (the direct problem at 360 azimuths), split at the antimeridian into a MultiPolygon
/// where it crosses it. `newsmap ring` and the `rings` layer both build rings here.
///
/// ```swift
/// let ring = try RangeRing.feature(around: lrck.coordinate, name: "Mihail Kogălniceanu Air Base", id: "icao:LRCK",
///                                  radiusKilometers: 1000)
/// ```
public enum RangeRing {
    /// Vertices of the ring before any antimeridian split (one per degree of azimuth).
    public static let segments = 360

    public static func geometry(around center: Position, radiusKilometers: Double) throws(AtlasError) -> GeoJSON.Geometry {
        guard radiusKilometers.isFinite, radiusKilometers > 0 else {
            throw .invalidParameter("ring radius must be a positive number of kilometres, not \(radiusKilometers)")
        }
        do {
            return try Geodesic.wgs84.circle(around: center, radiusMeters: radiusKilometers * 1000, segments: segments)
        } catch {
            throw .geodesic(error.description)
        }
    }

    /// The ring as a feature with `name`, `id`, `radius_km`, the centre and simplestyle keys.
    public static func feature(around center: Position, name: String, id: String?, radiusKilometers: Double) throws(AtlasError) -> Feature {
        let geometry = try geometry(around: center, radiusKilometers: radiusKilometers)
        var properties: JSONObject = [:]
        properties["name"] = .string("\(FigureFormat.kilometers(radiusKilometers)) km from \(name)")
        properties["kind"] = "range_ring"
        properties["center_name"] = .string(name)
        if let id { properties["center_id"] = .string(id) }
        properties["center_lat"] = .number(FigureFormat.round(center.latitude, decimals: 6))
        properties["center_lon"] = .number(FigureFormat.round(center.longitude, decimals: 6))
        properties["radius_km"] = .number(radiusKilometers)
        properties["split_at_antimeridian"] = .bool(geometry.typeName == "MultiPolygon")
        SimpleStyle.area(stroke: RolePalette.ring, fill: RolePalette.ring, fillOpacity: 0.08,
                         title: "\(FigureFormat.kilometers(radiusKilometers)) km range ring: \(name)",
                         description: "Geodesic range ring of \(FigureFormat.kilometers(radiusKilometers)) km around \(name)")
            .apply(to: &properties)
        return Feature(geometry: geometry, properties: properties)
    }
}

/// Fixed-precision figures, so output is deterministic and readable.
public enum FigureFormat {
    /// `value` rounded half away from zero to `decimals` places.
    public static func round(_ value: Double, decimals: Int) -> Double {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero) / scale
        let signed = value < 0 ? -rounded : rounded
        return signed == 0 ? 0 : signed
    }

    /// Kilometres as people write them in a title: "3000", "1572.5".
    public static func kilometers(_ value: Double) -> String {
        let rounded = round(value, decimals: 1)
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
