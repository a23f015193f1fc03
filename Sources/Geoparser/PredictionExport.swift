#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GeoJSON

/// Turns extractions into the reference scorer's prediction format.
public enum PredictionExport {
    /// One document's predictions: every mention's span, its place's point (or none) and its confidence.
    public static func prediction(id: String, extraction: Extraction) -> PredictedDocument {
        PredictedDocument(id: id, toponyms: extraction.mentions.map { mention in
            PredictedToponym(start: mention.start, end: mention.end, latitude: mention.place?.coordinate.latitude,
                             longitude: mention.place?.coordinate.longitude, confidence: mention.confidence)
        })
    }

    /// The JSONL line of one document.
    public static func line(_ document: PredictedDocument) -> String {
        let toponyms: [JSONValue] = document.toponyms.map { t in
            .object([
                "start": .number(Double(t.start)), "end": .number(Double(t.end)),
                "lat": t.latitude.map { .number($0) } ?? .null, "lon": t.longitude.map { .number($0) } ?? .null,
                "confidence": t.confidence.map { .number($0) } ?? .null,
            ])
        }
        return JSONValue.object(["id": .string(document.id), "toponyms": .array(toponyms)]).serialized()
    }

    /// Writes predictions as JSONL.
    public static func write(_ documents: [PredictedDocument], to path: String) throws(GeoparserError) {
        guard let file = fopen(path, "w") else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { fclose(file) }
        for document in documents {
            let text = line(document) + "\n"
            guard fputs(text, file) >= 0 else { throw .readFailed(path: path, reason: "write failed") }
        }
    }
}
