/// A position: longitude and latitude in degrees (RFC 7946 §3.1.1), with an optional altitude in metres.
///
/// Longitude always comes first, as GeoJSON writes it.
public struct Position: Hashable, Sendable {
    public var longitude: Double
    public var latitude: Double
    public var altitude: Double?

    public init(longitude: Double, latitude: Double, altitude: Double? = nil) {
        self.longitude = longitude
        self.latitude = latitude
        self.altitude = altitude
    }

    /// Convenience for the order people write coordinates in: `Position(lat: 47.5, lon: 19.0)`.
    public init(lat: Double, lon: Double) {
        self.init(longitude: lon, latitude: lat)
    }
}

/// A linear ring or line: an ordered list of positions.
public typealias LineCoordinates = [Position]

/// Polygon coordinates: the exterior ring first, then holes. Rings are closed (first == last).
public typealias PolygonCoordinates = [[Position]]

/// An RFC 7946 geometry, as a Swift value.
public indirect enum Geometry: Hashable, Sendable {
    case point(Position)
    case multiPoint([Position])
    case lineString(LineCoordinates)
    case multiLineString([LineCoordinates])
    case polygon(PolygonCoordinates)
    case multiPolygon([PolygonCoordinates])
    case geometryCollection([Geometry])

    /// The GeoJSON `type` member of this geometry.
    public var typeName: String {
        switch self {
        case .point: "Point"
        case .multiPoint: "MultiPoint"
        case .lineString: "LineString"
        case .multiLineString: "MultiLineString"
        case .polygon: "Polygon"
        case .multiPolygon: "MultiPolygon"
        case .geometryCollection: "GeometryCollection"
        }
    }

    /// Every position of the geometry, in document order.
    public var allPositions: [Position] {
        switch self {
        case .point(let p): [p]
        case .multiPoint(let ps), .lineString(let ps): ps
        case .multiLineString(let lines): lines.flatMap { $0 }
        case .polygon(let rings): rings.flatMap { $0 }
        case .multiPolygon(let polygons): polygons.flatMap { $0.flatMap { $0 } }
        case .geometryCollection(let members): members.flatMap(\.allPositions)
        }
    }
}
