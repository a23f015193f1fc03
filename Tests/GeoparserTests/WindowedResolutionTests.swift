#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Geoparser

/// Long documents resolve window by window and stream their JSON; short ones come out exactly as before.
@Suite("Windowed resolution")
struct WindowedResolutionTests {
    static let extractor = PlaceExtractor(directory: Fixtures.directory, firstNames: Fixtures.firstNames, newsMapVersion: "test")
    static let paragraph = "Ministers met in Budapest on Monday to discuss grain shipments from Ukraine.\n\n"

    /// Writes `paragraph` repeated to about `megabytes` MB in a fresh file (MB of 2^20 bytes).
    static func writeFile(megabytes: Int) throws -> String {
        let path = try TemporaryFile.write("")
        guard let file = fopen(path, "w") else { throw GeoparserError.cannotOpen(path: path, reason: "fopen failed") }
        defer { fclose(file) }
        let piece = Array(String(repeating: paragraph, count: (1 << 20) / paragraph.utf8.count).utf8)
        for _ in 0..<megabytes { _ = piece.withUnsafeBytes { fwrite($0.baseAddress, 1, piece.count, file) } }
        return path
    }

    // The 20 MB input of `LargeInputTests` checks the reader's chunks; this one runs the whole extractor, so it
    // scales the sizes down (2 MB, 128 Ki-scalar windows, 32 Ki-scalar chunks) to keep the debug-build test fast.
    @Test("a 2 MB article is resolved in 16 windows: drafts held never exceed one window's worth, every place is found, the JSON is written in pieces")
    func twoMegabytesInWindows() throws {
        let path = try Self.writeFile(megabytes: 2)
        defer { unlink(path) }
        let target = 32_768, window = 131_072
        var reader = ArticleReader(source: try ByteSource(path: path), targetChunkScalars: target)
        var session = DocumentSession(extractor: Self.extractor, windowScalars: window)
        var written = 0, largestPiece = 0, tail = ""
        var stream = ExtractionJSONStream { piece in
            written += piece.utf8.count
            largestPiece = max(largestPiece, piece.utf8.count)
            tail = String((tail + piece).suffix(200))
        }
        var mentions = 0, resolved = 0
        func take(_ found: [Mention]) {
            mentions += found.count
            resolved += found.filter { $0.place?.id == "g:budapest" || $0.place?.id == "c:UA" }.count
        }
        var windowsBeforeEnd = 0
        while let chunk = try reader.nextChunk() {
            session.consume(chunk)
            let out = session.takeResolved()
            if !out.mentions.isEmpty { windowsBeforeEnd += 1 }
            take(out.mentions)
            try stream.append(mentions: out.mentions, rejected: out.rejected)
        }
        let rest = session.finish()
        take(rest.mentions)
        try stream.append(mentions: rest.mentions, rejected: rest.rejected)
        try stream.finish(warnings: rest.warnings, generator: rest.generator)

        let paragraphs = 2 * ((1 << 20) / Self.paragraph.utf8.count)
        // At most one window plus one chunk of text (two mentions per paragraph) waits for resolution at a time.
        let boundOnDrafts = 2 * ((window + 2 * target) / Self.paragraph.unicodeScalars.count + 1)
        #expect(session.peakDraftCount <= boundOnDrafts)
        #expect(session.closedWindows >= 15)
        #expect(windowsBeforeEnd == session.closedWindows)
        #expect(mentions == 2 * paragraphs)
        #expect(resolved == mentions)
        #expect(written > 2 << 20)
        // The largest piece is the place entry listing the indices of its mentions, far from the whole text.
        #expect(largestPiece < written / 8)
        #expect(tail.hasSuffix("\"geodata_version\":\"test\"}}"))
    }

    @Test("a short article streamed as JSON reads exactly as the whole extraction serialised at once")
    func streamMatchesWholeObject() throws {
        let text = "Troops moved from Ukraine to Budapest. Lavrov spoke in Washington.\n\nThe Hungarian capital waited."
        let whole = Self.extractor.extract(document: text)
        var session = DocumentSession(extractor: Self.extractor)
        session.consume(ArticleText(plain: text))
        let rest = session.finish()
        var streamed = ""
        var stream = ExtractionJSONStream { streamed += $0 }
        try stream.append(mentions: rest.mentions, rejected: rest.rejected)
        try stream.finish(warnings: ["a warning of our own"], generator: rest.generator)
        var withWarning = whole
        withWarning.warnings = ["a warning of our own"]
        #expect(!whole.mentions.isEmpty)
        #expect(!whole.rejected.isEmpty)
        #expect(streamed == ExtractionJSON.value(withWarning).serialized())
    }

    @Test("windows keep one sense per document: a later window's name takes the place an earlier window chose")
    func senseCarriesAcrossWindows() {
        // Two Washingtons of our own: the US capital, which wins on its own, and an English town that wins only
        // where England is the context. The second window has no context; the memory must carry the town over.
        let directory = InMemoryPlaceDirectory(entries: [
            .init(place: Fixtures.place("c:GB", "United Kingdom", .country, "GB", lat: 54.0, lon: -2.0), names: ["United Kingdom", "England"], score: 0.95),
            .init(place: Fixtures.place("c:US", "United States", .country, "US", lat: 39.8, lon: -98.6), names: ["United States"], score: 0.95),
            .init(place: Fixtures.place("g:washington", "Washington", .city, "US", lat: 38.895, lon: -77.036, population: 690_000, capital: true), names: ["Washington"], score: 0.8),
            .init(place: Fixtures.place("g:washington-gb", "Washington", .city, "GB", lat: 54.9, lon: -1.52, population: 50_000), names: ["Washington"], score: 0.6),
        ])
        let extractor = PlaceExtractor(directory: directory, firstNames: Fixtures.firstNames, newsMapVersion: "test")
        let first = String(repeating: "Walkers in England left England for Washington, England.\n\n", count: 20)
        let second = String(repeating: "Washington waited.\n\n", count: 20)
        #expect(extractor.extract(document: second).mentions.first?.place?.id == "g:washington")

        var session = DocumentSession(extractor: extractor, windowScalars: first.unicodeScalars.count)
        session.consume(ArticleText(plain: first))
        let early = session.takeResolved().mentions
        session.consume(ArticleText(plain: second, base: first.unicodeScalars.count))
        let late = session.finish().mentions
        #expect(session.closedWindows == 1)
        #expect(early.filter { $0.text == "Washington" }.count == 20)
        #expect(early.filter { $0.text == "Washington" }.allSatisfy { $0.place?.id == "g:washington-gb" })
        #expect(late.count == 20)
        #expect(late.allSatisfy { $0.place?.id == "g:washington-gb" && $0.start >= first.unicodeScalars.count })
    }
}
