import Gazetteer
import GeoJSON

/// The `--json` shape of an extraction (issue 4): `mentions`, `places`, `rejected`, `warnings`, `generator`.
public enum ExtractionJSON {
    /// The whole document object; `id` is added first when given (NDJSON output).
    public static func value(_ extraction: Extraction, id: String? = nil, includeRejected: Bool = true) -> JSONValue {
        var object = JSONObject()
        if let id { object["id"] = .string(id) }
        object["mentions"] = .array(extraction.mentions.map(mention))
        object["places"] = .array(extraction.places.map(placeEntry))
        if includeRejected { object["rejected"] = .array(extraction.rejected.map(rejected)) }
        if !extraction.warnings.isEmpty { object["warnings"] = .array(extraction.warnings.map { .string($0) }) }
        object["generator"] = generator(extraction.generator)
        return .object(object)
    }

    static func generator(_ generator: Generator) -> JSONValue {
        .object([
            "name": "NewsMap",
            "newsmap_version": .string(generator.newsMapVersion),
            "geodata_version": .string(generator.geoDataVersion),
        ])
    }

    /// The same object as compact JSON text (`value(…).serialized()`), written directly: what the CLI prints.
    public static func text(_ extraction: Extraction, id: String? = nil, includeRejected: Bool = true) -> String {
        ExtractionJSONText.document(extraction, id: id, includeRejected: includeRejected)
    }

    /// The object for a line of NDJSON input that could not be read.
    public static func lineError(id: String?, line: Int, reason: String) -> JSONValue {
        var object = JSONObject()
        object["id"] = id.map { .string($0) } ?? .null
        object["error"] = .string(reason)
        object["line"] = .number(Double(line))
        return .object(object)
    }

    static func mention(_ mention: Mention) -> JSONValue {
        .object([
            "text": .string(mention.text),
            "start": .number(Double(mention.start)),
            "end": .number(Double(mention.end)),
            "sentence": .number(Double(mention.sentence)),
            "form": .string(mention.form.rawValue),
            "role": .string(mention.role.rawValue),
            "evidence": .string(mention.evidence),
            "confidence": .number(rounded(mention.confidence, places: 3)),
            "place": mention.place.map(place) ?? .null,
            "alternatives": .array(mention.alternatives.map { alternative in
                var object = placeFields(alternative.place)
                object["score"] = .number(rounded(alternative.score, places: 3))
                return .object(object)
            }),
        ])
    }

    static func placeEntry(_ entry: PlaceInDocument) -> JSONValue {
        var object = placeFields(entry.place)
        object["role"] = .string(entry.role.rawValue)
        object["roles"] = .array(entry.roles.map { .string($0.rawValue) })
        object["mention_count"] = .number(Double(entry.mentionCount))
        object["mentions"] = .array(entry.mentionIndices.map { .number(Double($0)) })
        return .object(object)
    }

    static func rejected(_ span: RejectedSpan) -> JSONValue {
        .object(["text": .string(span.text), "start": .number(Double(span.start)), "end": .number(Double(span.end)), "reason": .string(span.reason)])
    }

    static func place(_ place: Place) -> JSONValue { .object(placeFields(place)) }

    /// `id`, `name`, `kind`, `country`, `lat`, `lon` (degrees, 6 decimals: about 0.1 m).
    static func placeFields(_ place: Place) -> JSONObject {
        [
            "id": .string(place.id),
            "name": .string(place.name),
            "kind": .string(place.kind.rawValue),
            "country": place.countryCode.map { .string($0) } ?? .null,
            "lat": .number(rounded(place.coordinate.latitude, places: 6)),
            "lon": .number(rounded(place.coordinate.longitude, places: 6)),
        ]
    }

    static func rounded(_ value: Double, places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
