/// The layers of a story map, in the order they are written and listed. Each is one file.
public enum LayerName: String, Sendable, Hashable, CaseIterable {
    case venues, deployments, meetings, places, occupied, routes, rings
}

/// The file format of the layers.
public enum LayerFormat: String, Sendable, Hashable, CaseIterable {
    /// RFC 7946 FeatureCollection, one feature per line: `venues.geojson`.
    case geojson
    /// RFC 8142 GeoJSON Text Sequence, one feature per record: `venues.geojsons`.
    case geojsonseq

    public var fileExtension: String {
        switch self {
        case .geojson: "geojson"
        case .geojsonseq: "geojsons"
        }
    }
}
