import Gazetteer
import GeoJSON

/// The compact `--json` text of an extraction written straight to UTF-8 bytes, without building a `JSONValue`
/// tree first: exactly the text of `ExtractionJSON.value(…).serialized()` (same keys, order, numbers and
/// escapes), at a fraction of the cost.
enum ExtractionJSONText {
    static func document(_ extraction: Extraction, id: String? = nil, includeRejected: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024 + 512 * extraction.mentions.count)
        out.append(UInt8(ascii: "{"))
        if let id {
            key("id", &out)
            string(id, &out)
            out.append(UInt8(ascii: ","))
        }
        key("mentions", &out)
        list(extraction.mentions, &out, mention)
        out.append(UInt8(ascii: ","))
        key("places", &out)
        list(extraction.places, &out, placeEntry)
        if includeRejected {
            out.append(UInt8(ascii: ","))
            key("rejected", &out)
            list(extraction.rejected, &out, rejected)
        }
        if !extraction.warnings.isEmpty {
            out.append(UInt8(ascii: ","))
            key("warnings", &out)
            list(extraction.warnings, &out, string)
        }
        out.append(UInt8(ascii: ","))
        key("generator", &out)
        generator(extraction.generator, &out)
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    static func mention(_ mention: Mention, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        field("text", mention.text, &out)
        field("start", mention.start, &out)
        field("end", mention.end, &out)
        field("sentence", mention.sentence, &out)
        field("form", mention.form.rawValue, &out)
        field("role", mention.role.rawValue, &out)
        field("evidence", mention.evidence, &out)
        key("confidence", &out)
        number(ExtractionJSON.rounded(mention.confidence, places: 3), &out)
        out.append(UInt8(ascii: ","))
        key("place", &out)
        if let place = mention.place {
            out.append(UInt8(ascii: "{"))
            placeFields(place, &out)
            out.append(UInt8(ascii: "}"))
        } else {
            out.append(contentsOf: "null".utf8)
        }
        out.append(UInt8(ascii: ","))
        key("alternatives", &out)
        list(mention.alternatives, &out) { alternative, out in
            out.append(UInt8(ascii: "{"))
            placeFields(alternative.place, &out)
            out.append(UInt8(ascii: ","))
            key("score", &out)
            number(ExtractionJSON.rounded(alternative.score, places: 3), &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "}"))
    }

    static func placeEntry(_ entry: PlaceInDocument, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        placeFields(entry.place, &out)
        out.append(UInt8(ascii: ","))
        field("role", entry.role.rawValue, &out)
        key("roles", &out)
        list(entry.roles.map(\.rawValue), &out, string)
        out.append(UInt8(ascii: ","))
        field("mention_count", entry.mentionCount, &out)
        key("mentions", &out)
        list(entry.mentionIndices, &out) { index, out in out.append(contentsOf: String(index).utf8) }
        out.append(UInt8(ascii: "}"))
    }

    static func rejected(_ span: RejectedSpan, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        field("text", span.text, &out)
        field("start", span.start, &out)
        field("end", span.end, &out)
        key("reason", &out)
        string(span.reason, &out)
        out.append(UInt8(ascii: "}"))
    }

    static func generator(_ generator: Generator, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        field("name", "NewsMap", &out)
        field("newsmap_version", generator.newsMapVersion, &out)
        key("geodata_version", &out)
        string(generator.geoDataVersion, &out)
        out.append(UInt8(ascii: "}"))
    }

    /// `id`, `name`, `kind`, `country`, `lat`, `lon`, without the braces.
    static func placeFields(_ place: Place, _ out: inout [UInt8]) {
        field("id", place.id, &out)
        field("name", place.name, &out)
        field("kind", place.kind.rawValue, &out)
        key("country", &out)
        if let code = place.countryCode { string(code, &out) } else { out.append(contentsOf: "null".utf8) }
        out.append(UInt8(ascii: ","))
        key("lat", &out)
        number(ExtractionJSON.rounded(place.coordinate.latitude, places: 6), &out)
        out.append(UInt8(ascii: ","))
        key("lon", &out)
        number(ExtractionJSON.rounded(place.coordinate.longitude, places: 6), &out)
    }

    // MARK: pieces

    static func list<Element>(_ elements: [Element], _ out: inout [UInt8], _ write: (Element, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "["))
        for (k, element) in elements.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            write(element, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// `"key":` (keys are plain ASCII).
    static func key(_ name: StaticString, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        out.append(contentsOf: "\":".utf8)
    }

    /// `"key":"value",`
    static func field(_ name: StaticString, _ value: String, _ out: inout [UInt8]) {
        key(name, &out)
        string(value, &out)
        out.append(UInt8(ascii: ","))
    }

    /// `"key":123,`
    static func field(_ name: StaticString, _ value: Int, _ out: inout [UInt8]) {
        key(name, &out)
        out.append(contentsOf: String(value).utf8)
        out.append(UInt8(ascii: ","))
    }

    static func number(_ value: Double, _ out: inout [UInt8]) {
        out.append(contentsOf: JSONWriter.format(value).utf8)
    }

    /// A JSON string with the escapes `JSONWriter` uses: quote, backslash, \n \r \t \b \f, other controls as \u00XX.
    static func string(_ text: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case 0x0A: out.append(contentsOf: "\\n".utf8)
            case 0x0D: out.append(contentsOf: "\\r".utf8)
            case 0x09: out.append(contentsOf: "\\t".utf8)
            case 0x08: out.append(contentsOf: "\\b".utf8)
            case 0x0C: out.append(contentsOf: "\\f".utf8)
            case 0x00..<0x20:
                let hex: StaticString = "0123456789ABCDEF"
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex.utf8Start[Int(byte >> 4)])
                out.append(hex.utf8Start[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
