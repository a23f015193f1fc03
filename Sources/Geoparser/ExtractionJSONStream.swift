import Foundation
import GeoJSON

/// Writes the `--json` object of one document while its mentions arrive window by window, so a long document
/// never sits in memory whole: each mention is written as it comes, rejected spans wait in an anonymous
/// temporary file, and only the places (one entry each, with their mention indices) are kept to the end.
/// The text written is exactly `ExtractionJSON.value(extraction).serialized()` of the whole extraction.
public struct ExtractionJSONStream {
    private let write: (String) -> Void
    private var gathering = PlaceGathering()
    private var rejectedCount = 0
    private var spill: RejectedSpill?

    /// `write` receives the JSON text piece by piece, with no newline at the end.
    public init(write: @escaping (String) -> Void) {
        self.write = write
        write("{\"mentions\":[")
    }

    /// Writes the next mentions of the document, in document order, and holds its rejected spans.
    public mutating func append(mentions: [Mention], rejected: [RejectedSpan]) throws(GeoparserError) {
        for mention in mentions {
            write((gathering.mentionCount == 0 ? "" : ",") + Self.text(mention, ExtractionJSONText.mention))
            gathering.add([mention])
        }
        guard !rejected.isEmpty else { return }
        if spill == nil { spill = try RejectedSpill() }
        for span in rejected {
            try spill?.write((rejectedCount == 0 ? "" : ",") + Self.text(span, ExtractionJSONText.rejected))
            rejectedCount += 1
        }
    }

    /// Writes the places, the rejected spans, the warnings and the generator, closing the object.
    public mutating func finish(warnings: [String], generator: Generator) throws(GeoparserError) {
        write("],\"places\":[")
        for (k, entry) in gathering.places.enumerated() {
            write((k == 0 ? "" : ",") + Self.text(entry, ExtractionJSONText.placeEntry))
        }
        write("],\"rejected\":[")
        try spill?.replay(into: write)
        spill = nil
        write("]")
        if !warnings.isEmpty { write(",\"warnings\":" + JSONValue.array(warnings.map { .string($0) }).serialized()) }
        write(",\"generator\":" + Self.text(generator, ExtractionJSONText.generator) + "}")
    }

    private static func text<Value>(_ value: Value, _ writer: (Value, inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        writer(value, &out)
        return String(decoding: out, as: UTF8.self)
    }
}

/// An anonymous temporary file (deleted when closed) holding text to be written later.
final class RejectedSpill {
    private let file: UnsafeMutablePointer<FILE>

    init() throws(GeoparserError) {
        guard let file = tmpfile() else { throw .temporaryFile(reason: String(cString: strerror(errno))) }
        self.file = file
    }

    deinit { fclose(file) }

    func write(_ text: String) throws(GeoparserError) {
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == text.utf8.count else { throw .temporaryFile(reason: "write failed") }
    }

    /// Hands everything written so far to `write`, in pieces of at most 1 MB.
    func replay(into write: (String) -> Void) throws(GeoparserError) {
        guard fflush(file) == 0, fseek(file, 0, SEEK_SET) == 0 else {
            throw .temporaryFile(reason: String(cString: strerror(errno)))
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var pending: [UInt8] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            pending += buffer[..<count]
            // Cut after the last complete UTF-8 sequence: a continuation byte stays for the next piece.
            var cut = pending.count
            while cut > 0 && pending[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
            if cut > 0 && pending[cut - 1] >= 0xC0 { cut -= 1 }
            write(String(decoding: pending[..<cut], as: UTF8.self))
            pending.removeFirst(cut)
        }
        if !pending.isEmpty { write(String(decoding: pending, as: UTF8.self)) }
    }
}
