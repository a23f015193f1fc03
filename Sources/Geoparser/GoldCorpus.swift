import Foundation

/// A gold toponym of an evaluation corpus (`{"start","end","name","lat","lon","type"}`).
public struct GoldToponym: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var name: String
    /// Gold point, or nil where the corpus gives none (demonyms, homonyms) or it is out of range.
    public var coordinate: (latitude: Double, longitude: Double)? {
        guard let latitude, let longitude else { return nil }
        return (latitude, longitude)
    }
    public var latitude: Double?
    public var longitude: Double?
    /// Fine-grained type ("Literal", "Metonymic" …); "-" when absent.
    public var type: String
}

/// A gold document: id, text and toponyms.
public struct GoldDocument: Sendable, Hashable {
    public var id: String
    public var text: String
    public var toponyms: [GoldToponym]
}

/// A predicted toponym: a span and, when resolved, a point and the geoparser's confidence.
public struct PredictedToponym: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var latitude: Double?
    public var longitude: Double?
    /// True when the line gave both `lat` and `lon` non-null (even if unusable).
    public var hadCoordinates: Bool
    public var confidence: Double?

    public init(start: Int, end: Int, latitude: Double?, longitude: Double?, confidence: Double? = nil) {
        self.start = start
        self.end = end
        let valid = latitude.flatMap { lat in longitude.map { lon in Self.isValid(lat, lon) } } ?? false
        self.latitude = valid ? latitude : nil
        self.longitude = valid ? longitude : nil
        self.hadCoordinates = latitude != nil && longitude != nil
        self.confidence = confidence
    }

    static func isValid(_ latitude: Double, _ longitude: Double) -> Bool {
        (-90.0...90.0).contains(latitude) && (-180.0...180.0).contains(longitude)
    }

    var hasCoordinate: Bool { latitude != nil && longitude != nil }
}

/// Predictions for one document (`{"id","toponyms":[{"start","end","lat","lon"}]}`).
public struct PredictedDocument: Sendable, Hashable {
    public var id: String
    public var toponyms: [PredictedToponym]
    /// Spans dropped because they were empty or negative ("s:e").
    public var ignoredSpans: [String] = []

    public init(id: String, toponyms: [PredictedToponym]) {
        self.id = id
        self.toponyms = toponyms
    }
}

/// Reads gold corpora and prediction files in the reference scorer's JSONL formats.
public enum EvaluationFiles {
    public static func readGold(path: String) throws(GeoparserError) -> [GoldDocument] {
        try objects(path: path).map { line, object throws(GeoparserError) in
            let id = try documentID(object, path: path, line: line)
            let text = object["text"] as? String ?? ""
            let toponyms = (object["toponyms"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }.map { t in
                let latitude = JSONScalars.double(t["lat"]), longitude = JSONScalars.double(t["lon"])
                let valid = latitude.flatMap { lat in longitude.map { PredictedToponym.isValid(lat, $0) } } ?? false
                return GoldToponym(
                    start: JSONScalars.int(t["start"]) ?? 0, end: JSONScalars.int(t["end"]) ?? 0,
                    name: t["name"] as? String ?? "", latitude: valid ? latitude : nil, longitude: valid ? longitude : nil,
                    type: (t["type"] as? String).flatMap { $0.isEmpty ? nil : $0 } ?? "-")
            }
            return GoldDocument(id: id, text: text, toponyms: toponyms)
        }
    }

    public static func readPredictions(path: String) throws(GeoparserError) -> [PredictedDocument] {
        try objects(path: path).map { line, object throws(GeoparserError) in
            let id = try documentID(object, path: path, line: line)
            let raw = object["toponyms"]
            if raw != nil && !(raw is NSNull) && !(raw is [Any]) {
                throw .invalidLine(path: path, line: line, reason: "document '\(id)': \"toponyms\" is not a list")
            }
            var document = PredictedDocument(id: id, toponyms: [])
            for item in raw as? [Any] ?? [] {
                guard let t = item as? [String: Any], let start = JSONScalars.int(t["start"]), let end = JSONScalars.int(t["end"]) else {
                    throw .invalidLine(path: path, line: line, reason: "document '\(id)': toponym without integer start/end")
                }
                guard 0 <= start && start < end else {
                    document.ignoredSpans.append("\(start):\(end)")
                    continue
                }
                document.toponyms.append(PredictedToponym(
                    start: start, end: end, latitude: JSONScalars.double(t["lat"]), longitude: JSONScalars.double(t["lon"]),
                    confidence: JSONScalars.double(t["confidence"])))
            }
            return document
        }
    }

    static func documentID(_ object: [String: Any], path: String, line: Int) throws(GeoparserError) -> String {
        guard let value = object["id"], !(value is NSNull), let id = JSONScalars.idString(value) else {
            throw .invalidLine(path: path, line: line, reason: "expected an object with an \"id\"")
        }
        return id
    }

    /// The JSON objects of a JSONL file with their line numbers; blank lines are skipped.
    static func objects(path: String) throws(GeoparserError) -> [(Int, [String: Any])] {
        var reader = LineReader(source: try ByteSource(path: path))
        var result: [(Int, [String: Any])] = []
        while let bytes = try reader.nextLine() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let parsed = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            guard let parsed else { throw .invalidLine(path: path, line: reader.lineNumber, reason: "not JSON") }
            guard let object = parsed as? [String: Any] else {
                throw .invalidLine(path: path, line: reader.lineNumber, reason: "expected an object with an \"id\"")
            }
            result.append((reader.lineNumber, object))
        }
        return result
    }
}
