/// Writes RFC 7946 GeoJSON, deterministically.
///
/// Output rules: positions longitude first; coordinates rounded half away from zero to `precision` decimals
/// (trailing zeros trimmed, never `-0`); polygon rings closed, exterior rings counter-clockwise and holes
/// clockwise (by planar signed area in longitude/latitude); no `crs` member; `bbox` on the top-level object and on
/// each feature when `includeBBox`; foreign members kept. A FeatureCollection is written with one feature per line
/// (compact) unless `pretty`; every text ends with a newline.
public struct GeoJSONWriter: Sendable {
    /// Decimal places of coordinates, 0...15 (default 6 ≈ 0.11 m).
    public var precision: Int
    /// Write a `bbox` member (west, south, east, north, in degrees) on collections, features and bare geometries.
    public var includeBBox: Bool
    /// Indent everything with two spaces instead of the one-feature-per-line layout.
    public var pretty: Bool

    public init(precision: Int = 6, includeBBox: Bool = false, pretty: Bool = false) {
        self.precision = precision
        self.includeBBox = includeBBox
        self.pretty = pretty
    }

    private var encoder: GeoJSONObjectEncoder {
        GeoJSONObjectEncoder(rounding: CoordinateRounding(decimals: precision), includeBBox: includeBBox)
    }

    /// The GeoJSON text of a document.
    public func string(_ document: GeoJSONDocument) -> String {
        switch document {
        case .featureCollection(let collection): string(collection)
        case .feature(let feature): string(feature)
        case .geometry(let geometry): string(geometry)
        }
    }

    /// The GeoJSON text of a feature collection: by default a header line, one feature per line, a closing line.
    public func string(_ collection: FeatureCollection) -> String {
        if pretty { return JSONWriter(pretty: true).string(encoder.value(collection)) + "\n" }
        let (header, features) = encoder.parts(collection)
        let compact = JSONWriter(pretty: false)
        var text = compact.bytes(.object(header))
        text.removeLast()  // the closing brace; the header always holds "type", so a comma follows
        text.append(contentsOf: #","features":["#.utf8)
        if !features.isEmpty {
            text.append(0x0A)
            for (index, feature) in features.enumerated() {
                compact.write(feature, into: &text, indent: 0)
                text.append(contentsOf: (index < features.count - 1 ? ",\n" : "\n").utf8)
            }
        }
        text.append(contentsOf: "]}\n".utf8)
        return String(decoding: text, as: UTF8.self)
    }

    /// The GeoJSON text of one feature.
    public func string(_ feature: Feature) -> String {
        JSONWriter(pretty: pretty).string(encoder.value(feature)) + "\n"
    }

    /// The GeoJSON text of one geometry.
    public func string(_ geometry: Geometry) -> String {
        JSONWriter(pretty: pretty).string(encoder.value(geometry, withBBox: includeBBox)) + "\n"
    }

    /// The normalised JSON value of a document (rounded, rewound, with `bbox` if asked), for embedding elsewhere.
    public func jsonValue(_ document: GeoJSONDocument) -> JSONValue {
        encoder.value(document)
    }

    /// GeoJSON Text Sequence (RFC 8142): for each feature, the record separator 0x1E, compact JSON, a newline.
    /// `pretty` is ignored here: records are always compact.
    public func textSequence(_ features: [Feature]) -> String {
        let compact = JSONWriter(pretty: false)
        var text: [UInt8] = []
        for feature in features {
            text.append(0x1E)
            compact.write(encoder.value(feature), into: &text, indent: 0)
            text.append(0x0A)
        }
        return String(decoding: text, as: UTF8.self)
    }
}
