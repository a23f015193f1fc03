import Foundation

/// One line of an NDJSON batch: an article to parse, or the reason the line could not be used.
public enum NDJSONRecord: Sendable, Hashable {
    /// `{"id": …, "text": …}`; a numeric id is kept as its decimal string. `report` tells of repaired bytes
    /// (NULs inside the text are counted by the extractor).
    case article(id: String, text: String, line: Int, report: InputReport)
    /// A line that is not a JSON object with a string `text`; `id` is kept when it could be read.
    case invalid(id: String?, line: Int, reason: String)
}

/// Reads an NDJSON batch line by line (memory bounded by the longest line). Blank lines are skipped.
public struct NDJSONArticles {
    private var lines: LineReader

    public init(source: ByteSource) { lines = LineReader(source: source) }

    /// The next record, or nil at the end of the input.
    public mutating func next() throws(GeoparserError) -> NDJSONRecord? {
        while let bytes = try lines.nextLine() {
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return Self.record(fromLine: bytes, number: lines.lineNumber)
        }
        return nil
    }

    /// Parses one line's bytes.
    public static func record(fromLine bytes: [UInt8], number: Int) -> NDJSONRecord {
        let decoded = UTF8Repair.decode(bytes)
        var report = InputReport()
        report.byteCount = bytes.count
        report.replacedSequences = decoded.replacedSequences
        let line = ArticleText.string(decoded.scalars[...])
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed]) as? [String: Any] else {
                return .invalid(id: nil, line: number, reason: "line \(number) is not a JSON object")
            }
            object = parsed
        } catch {
            return .invalid(id: nil, line: number, reason: "line \(number) is not valid JSON")
        }
        let id = object["id"].flatMap(JSONScalars.idString)
        guard let text = object["text"] as? String else {
            return .invalid(id: id, line: number, reason: "line \(number) has no string \"text\"")
        }
        return .article(id: id ?? String(number), text: text, line: number, report: report)
    }
}

/// Reading numbers and ids out of Foundation's JSON objects.
enum JSONScalars {
    /// A document id: a string as is, an integral number as its decimal digits.
    static func idString(_ value: Any) -> String? {
        if let string = value as? String { return string }
        if let number = value as? NSNumber, !(value is Bool) {
            let double = number.doubleValue
            if double.rounded() == double, abs(double) < 1e15 { return String(Int64(double)) }
            return "\(double)"
        }
        return nil
    }

    /// A number (or numeric string), as Python's `float()` would read it; nil for null, booleans and others.
    static func double(_ value: Any?) -> Double? {
        guard let value, !(value is NSNull) else { return nil }
        if let number = value as? NSNumber { return number.doubleValue }
        if let string = value as? String { return Double(string.trimmingCharacters(in: .whitespaces)) }
        return nil
    }

    /// An integer as Python's `int()` reads a JSON value: integral numbers and digit strings.
    static func int(_ value: Any?) -> Int? {
        guard let value, !(value is NSNull) else { return nil }
        if let number = value as? NSNumber {
            let double = number.doubleValue
            guard double.isFinite, abs(double) < 9e15 else { return nil }
            return Int(double.rounded(.towardZero))
        }
        if let string = value as? String { return Int(string.trimmingCharacters(in: .whitespaces)) }
        return nil
    }
}
