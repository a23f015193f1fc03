import Testing
@testable import Geoparser

@Suite("Reading input")
struct InputTests {
    @Test("invalid UTF-8 is replaced with U+FFFD and counted, never a crash")
    func invalidUTF8() {
        let bytes: [UInt8] = Array("Kyiv ".utf8) + [0xFF, 0xC3] + Array(" Lviv".utf8)
        let decoded = UTF8Repair.decode(bytes)
        #expect(decoded.replacedSequences == 2)
        #expect(String(String.UnicodeScalarView(decoded.scalars)) == "Kyiv \u{FFFD}\u{FFFD} Lviv")
    }

    @Test("a multi-byte character cut between two chunks is decoded whole")
    func chunkBoundary() {
        var repair = UTF8Repair()
        let bytes = Array("Mihail Kogălniceanu".utf8)
        let cut = bytes.firstIndex(of: 0xC4)! + 1  // inside "ă"
        let first = repair.decode(chunk: Array(bytes[..<cut]), isFinal: false)
        let second = repair.decode(chunk: Array(bytes[cut...]), isFinal: true)
        #expect(String(String.UnicodeScalarView(first + second)) == "Mihail Kogălniceanu")
        #expect(repair.replacedSequences == 0)
    }

    @Test("NUL bytes are counted and read as spaces between tokens")
    func nulBytes() {
        let decoded = UTF8Repair.decode(Array("Paris".utf8) + [0, 0] + Array("Rome".utf8))
        #expect(decoded.nulBytes == 2)
        let tokens = Tokenizer.tokens(of: decoded.scalars)
        #expect(tokens.map(\.text) == ["Paris", "Rome"])
        #expect(tokens[1].range == 7..<11)
    }

    @Test("HTML is detected by its tags, plain text with a stray angle bracket is not")
    func htmlDetection() {
        #expect(HTMLDetector.looksLikeHTML(Array("<!DOCTYPE html><p>Oslo</p>".unicodeScalars)))
        #expect(HTMLDetector.looksLikeHTML(Array("<div>Oslo</div><p>Bergen</p>".unicodeScalars)))
        #expect(!HTMLDetector.looksLikeHTML(Array("Prices rose 3 < 4 in Oslo.".unicodeScalars)))
    }

    @Test("stripped HTML keeps every scalar's offset into the original markup")
    func htmlOffsets() {
        let html = "<p>Talks in <b>Budapest</b> &amp; Vienna&#8217;s <!-- note --> caf&eacute;</p><script>var x = '<p>Rome</p>';</script>"
        let text = HTMLStripper.strip(Array(html.unicodeScalars))
        #expect(text.string == "\nTalks in Budapest & Vienna\u{2019}s  café\n")
        let original = Array(html.unicodeScalars)
        func originalText(_ word: String) -> String {
            let analysed = Array(text.string.unicodeScalars)
            let needle = Array(word.unicodeScalars)
            let start = (0...(analysed.count - needle.count)).first { Array(analysed[$0..<($0 + needle.count)]) == needle }!
            let range = text.originalRange(start..<(start + needle.count))
            return String(String.UnicodeScalarView(original[range]))
        }
        #expect(originalText("Budapest") == "Budapest")
        #expect(originalText("& Vienna") == "&amp; Vienna")
        #expect(originalText("Vienna\u{2019}s") == "Vienna&#8217;s")
        #expect(originalText("café") == "caf&eacute;")
        #expect(!text.string.contains("Rome"))
    }

    @Test("HTML fed in small chunks gives the same text and offsets as HTML stripped whole")
    func htmlStreaming() {
        let html = Array("<html><body><p>Troops in <i>Romania</i> &amp; Poland.</p><style>p { color: red }</style><p>Next</p></body></html>".unicodeScalars)
        let whole = HTMLStripper.strip(html)
        var stripper = HTMLStripper()
        var scalars: [Unicode.Scalar] = []
        var ranges: [Range<Int>] = []
        var index = 0
        while index < html.count {
            let end = min(html.count, index + 5)
            let piece = stripper.feed(Array(html[index..<end]), isFinal: end == html.count)
            scalars += piece.scalars
            ranges += (0..<piece.count).map { piece.originalRange($0..<($0 + 1)) }
            index = end
        }
        #expect(scalars == whole.scalars)
        #expect(ranges == (0..<whole.count).map { whole.originalRange($0..<($0 + 1)) })
    }

    @Test("a long plain text is read in chunks that end at paragraph breaks and keep absolute offsets")
    func chunkedReading() throws {
        let paragraph = "Ministers met in Oslo on Monday.\n\n"
        let text = String(repeating: paragraph, count: 50)
        let path = try TemporaryFile.write(text)
        var reader = ArticleReader(source: try ByteSource(path: path), targetChunkScalars: 100)
        var rebuilt = ""
        var chunks = 0
        while let chunk = try reader.nextChunk() {
            #expect(chunk.originalRange(0..<chunk.count).lowerBound == rebuilt.unicodeScalars.count)
            rebuilt += chunk.string
            chunks += 1
            #expect(chunk.string.hasSuffix("\n\n"))
        }
        #expect(rebuilt == text)
        #expect(chunks > 5)
    }

    @Test("an empty input gives no chunk and no error")
    func emptyInput() throws {
        let path = try TemporaryFile.write("")
        var reader = ArticleReader(source: try ByteSource(path: path))
        #expect(try reader.nextChunk() == nil)
    }

    @Test("NDJSON lines become articles; a bad line becomes an error record, numeric ids become strings")
    func ndjson() throws {
        let path = try TemporaryFile.write("{\"id\": 7, \"text\": \"Talks in Oslo.\"}\n\nnot json\n{\"id\": \"b\"}\n")
        var records = NDJSONArticles(source: try ByteSource(path: path))
        var all: [NDJSONRecord] = []
        while let record = try records.next() { all.append(record) }
        #expect(all.count == 3)
        guard case .article(let id, let text, let line, _) = all[0] else { Issue.record("expected an article"); return }
        #expect(id == "7" && text == "Talks in Oslo." && line == 1)
        guard case .invalid(nil, 3, _) = all[1] else { Issue.record("expected an invalid line 3"); return }
        guard case .invalid("b", 4, _) = all[2] else { Issue.record("expected an invalid line 4 with id b"); return }
    }

    @Test("a missing file is a clear error naming the path")
    func missingFile() {
        #expect(throws: GeoparserError.self) { try ByteSource(path: "/nonexistent/article.txt") }
    }
}

extension ArticleText: Equatable {
    public static func == (lhs: ArticleText, rhs: ArticleText) -> Bool {
        lhs.scalars == rhs.scalars && lhs.originalRange(0..<lhs.count) == rhs.originalRange(0..<rhs.count)
    }
}
