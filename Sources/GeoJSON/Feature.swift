/// An RFC 7946 Feature: a geometry (or none) with properties.
public struct Feature: Hashable, Sendable {
    /// The optional `id` member (a string or a number).
    public var id: JSONValue?
    public var geometry: Geometry?
    public var properties: JSONObject
    /// Members other than those RFC 7946 defines, kept in order.
    public var foreignMembers: JSONObject

    public init(id: JSONValue? = nil, geometry: Geometry?, properties: JSONObject = [:], foreignMembers: JSONObject = [:]) {
        self.id = id
        self.geometry = geometry
        self.properties = properties
        self.foreignMembers = foreignMembers
    }
}

/// An RFC 7946 FeatureCollection.
public struct FeatureCollection: Hashable, Sendable {
    public var features: [Feature]
    /// Members other than `type`, `features` and `bbox`, e.g. `"generator"`.
    public var foreignMembers: JSONObject

    public init(features: [Feature], foreignMembers: JSONObject = [:]) {
        self.features = features
        self.foreignMembers = foreignMembers
    }
}

/// Any GeoJSON document: a geometry, a feature or a feature collection.
public enum GeoJSONDocument: Hashable, Sendable {
    case geometry(Geometry)
    case feature(Feature)
    case featureCollection(FeatureCollection)

    /// The features of the document; a bare geometry becomes one feature without properties.
    public var features: [Feature] {
        switch self {
        case .geometry(let g): [Feature(geometry: g)]
        case .feature(let f): [f]
        case .featureCollection(let c): c.features
        }
    }
}
