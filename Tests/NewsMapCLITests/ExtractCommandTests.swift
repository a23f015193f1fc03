import Foundation
import Testing

/// `newsmap extract` as a user runs it: JSON fields, NDJSON batches, HTML offsets, bad bytes and exit codes.
@Suite("newsmap extract")
struct ExtractCommandTests {
    static let article = "Leaders will meet in Vienna next week. Officials in Kyiv said Ukraine would attend.\n"

    @Test("--json gives every mention field, the places and the generator")
    func jsonFields() throws {
        let result = try CLIRunner.run(["extract", "-", "--json"], stdin: Self.article)
        #expect(result.status == 0)
        let object = try CLIRunner.json(result)
        let mentions = try #require(object["mentions"] as? [[String: Any]])
        #expect(!mentions.isEmpty)
        for field in ["text", "start", "end", "sentence", "form", "role", "evidence", "confidence", "place", "alternatives"] {
            #expect(mentions.allSatisfy { $0[field] != nil }, "\(field)")
        }
        let vienna = try #require(mentions.first { $0["text"] as? String == "Vienna" })
        #expect(vienna["role"] as? String == "venue")
        let start = try #require(vienna["start"] as? Int), end = try #require(vienna["end"] as? Int)
        let scalars = Array(Self.article.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "Vienna")
        let place = try #require(vienna["place"] as? [String: Any])
        for field in ["id", "name", "kind", "country", "lat", "lon"] { #expect(place[field] != nil, "\(field)") }
        let places = try #require(object["places"] as? [[String: Any]])
        #expect(places.contains { ($0["name"] as? String) == "Vienna" && ($0["role"] as? String) == "venue" })
        let generator = try #require(object["generator"] as? [String: Any])
        #expect(generator.count >= 2)
    }

    @Test("--ndjson prints one object per input line, in input order, with its id, also with no mentions and for a bad line")
    func ndjsonBatch() throws {
        let input = [
            #"{"id": "first", "text": "Troops were sent to Poland."}"#,
            #"{"id": 7, "text": "nothing to see here at all"}"#,
            #"this is not json"#,
            #"{"id": "last", "text": "Talks were held in Oslo."}"#,
        ].joined(separator: "\n") + "\n"
        let result = try CLIRunner.run(["extract", "--ndjson", "-"], stdin: input)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:] }
        #expect(objects.map { $0["id"] as? String } == ["first", "7", nil, "last"])
        #expect((objects[1]["mentions"] as? [Any])?.isEmpty == true)
        #expect(objects[2]["error"] != nil && objects[2]["line"] as? Int == 3)
        #expect(((objects[3]["mentions"] as? [[String: Any]])?.first?["text"] as? String) == "Oslo")
    }

    @Test("HTML input: offsets point into the original markup")
    func htmlOffsets() throws {
        let html = "<html><body><p>Ships sailed from <b>Odesa</b> &amp; reached Istanbul.</p></body></html>"
        let result = try CLIRunner.run(["extract", "-", "--json"], stdin: html)
        #expect(result.status == 0)
        let mentions = try #require(try CLIRunner.json(result)["mentions"] as? [[String: Any]])
        let scalars = Array(html.unicodeScalars)
        for name in ["Odesa", "Istanbul"] {
            let mention = try #require(mentions.first { $0["text"] as? String == name }, "\(name)")
            let start = try #require(mention["start"] as? Int), end = try #require(mention["end"] as? Int)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == name)
        }
    }

    @Test("invalid UTF-8 is replaced and reported on stderr, not a crash")
    func invalidUTF8() throws {
        var bytes = Array("Aid reached Kharkiv ".utf8)
        bytes += [0xFF, 0xFE, 0xC3]
        bytes += Array(" on Sunday.\n".utf8)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("newsmap-extract-\(UUID().uuidString).txt")
        try Data(bytes).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let result = try CLIRunner.run(["extract", path.path, "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.lowercased().contains("utf-8") || result.stderr.lowercased().contains("replaced"))
        let mentions = try #require(try CLIRunner.json(result)["mentions"] as? [[String: Any]])
        #expect(mentions.contains { $0["text"] as? String == "Kharkiv" })
    }

    @Test("exit codes: 0 for an empty text, 1 for a missing file, 2 for an unknown option")
    func exitCodes() throws {
        #expect(try CLIRunner.run(["extract", "-", "--json"], stdin: "").status == 0)
        let missing = try CLIRunner.run(["extract", "/nonexistent/article.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/article.txt"))
        #expect(try CLIRunner.run(["extract", "--no-such-option"]).status == 2)
    }
}
