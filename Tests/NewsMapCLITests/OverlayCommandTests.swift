import Foundation
import Testing

/// `newsmap overlay occupied` and `newsmap overlay change`, run as a user runs them.
@Suite("CLI: overlay occupied and overlay change")
struct OverlayCommandTests {
    @Test("--as-of before the earliest bundled line exits 1 and names the earliest date")
    func asOfTooEarly() throws {
        let result = try CLIRunner.run(["overlay", "occupied", "--as-of", "2022-11-30"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2022-12-01"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("--as-of that is not a real day exits 1 and shows the expected form")
    func asOfNotADate() throws {
        let result = try CLIRunner.run(["overlay", "occupied", "--as-of", "2023-02-30"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    @Test("--control together with --as-of is a usage error: exit 2")
    func controlWithAsOf() throws {
        let result = try CLIRunner.run(["overlay", "occupied", "--control", "x.geojson", "--as-of", "2023-01-01"])
        #expect(result.status == 2)
    }

    @Test("overlay change with a snapshot that is neither a file nor a date exits 1")
    func changeWithUnknownSnapshot() throws {
        let result = try CLIRunner.run(["overlay", "change", "no-such-file.geojson", "2025-07-01"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-file.geojson"))
    }
}

/// The overlay commands on the bundled boundaries and lines.
@Suite("CLI: overlay on the bundled data")
struct OverlayCommandRealDataTests {
    private func temporaryFile(_ name: String, _ contents: String? = nil) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("overlay-\(UUID().uuidString)-\(name)")
        if let contents { try Data(contents.utf8).write(to: url) }
        return url
    }

    /// A quadrilateral inside Donetsk oblast (37.0°–37.5° E, 48.0°–48.3° N), or its ring given as text.
    private func polygonFile(_ ring: String = "[[37,48],[37.5,48],[37.5,48.3],[37,48.3],[37,48]]") throws -> URL {
        try temporaryFile("control.geojson", #"{"type":"Polygon","coordinates":[\#(ring)]}"#)
    }

    @Test("overlay occupied --json: mid-2025 figures with the contract's keys")
    func occupiedJSON() throws {
        let result = try CLIRunner.run(["overlay", "occupied", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLIRunner.json(result)
        let share = try #require(json["held_share_of_ukraine"] as? Double)
        #expect(share > 0.17 && share < 0.21)
        let ukraine = try #require(json["ukraine_km2"] as? Double)
        #expect(ukraine > 590_000 && ukraine < 605_000)   // FACTS.md: 599,095 km² on the Natural Earth outline
        #expect(json["as_of"] as? String == "2025-07-01")
        #expect(json["held_km2"] is Double)
        let oblasts = try #require(json["oblasts"] as? [[String: Any]])
        #expect(oblasts.prefix(6).map { $0["name"] as? String } == ["Crimea", "Sevastopol", "Luhansk", "Donetsk", "Zaporizhzhia", "Kherson"])
    }

    @Test("--output writes a layer GDAL opens, with one feature per held area, listed oblast and remainder")
    func outputOpensInOGR() throws {
        let output = try temporaryFile("occupied.geojson")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLIRunner.run(["overlay", "occupied", "--as-of", "2023-06-01", "--json", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLIRunner.json(result)
        #expect(json["as_of"] as? String == "2022-12-01")
        let oblasts = try #require(json["oblasts"] as? [[String: Any]])
        let remainders = oblasts.filter { ($0["remainder_km2"] as? Double ?? 0) > 0 }.count
        let info = Process()
        info.executableURL = URL(fileURLWithPath: "/usr/bin/ogrinfo")
        info.arguments = ["-ro", "-al", "-so", output.path]
        let pipe = Pipe()
        info.standardOutput = pipe
        try info.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        info.waitUntilExit()
        #expect(info.terminationStatus == 0)
        #expect(text.contains("Feature Count: \(1 + oblasts.count + remainders)"), "\(text)")
    }

    @Test("--control with a self-intersecting polygon: exit 0, the repair reported on stderr")
    func controlRepaired() throws {
        let file = try polygonFile("[[37,48],[37.5,48.3],[37.5,48],[37,48.3],[37,48]]")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLIRunner.run(["overlay", "occupied", "--control", file.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("make-valid"))
        let json = try CLIRunner.json(result)
        #expect(((json["notes"] as? [String]) ?? []).contains { $0.contains("make-valid") })
    }

    @Test("--control outside Ukraine, empty or malformed: exit 1 with one line")
    func controlErrors() throws {
        let outside = try polygonFile("[[10,48],[10.5,48],[10.5,48.3],[10,48.3],[10,48]]")
        let empty = try temporaryFile("empty.geojson", #"{"type":"FeatureCollection","features":[]}"#)
        let malformed = try temporaryFile("bad.geojson", #"{"type":"Polygon","coordinates":[[[37,48]"#)
        defer { for url in [outside, empty, malformed] { try? FileManager.default.removeItem(at: url) } }
        for (file, words) in [(outside, "do not overlap"), (empty, "holds no polygon"), (malformed, "line 1")] {
            let result = try CLIRunner.run(["overlay", "occupied", "--control", file.path])
            #expect(result.status == 1)
            #expect(result.stderr.contains(words), "\(result.stderr)")
        }
    }

    @Test("overlay change between two files: the gained area is the added square (within 0.1 %)")
    func changeBetweenFiles() throws {
        let old = try polygonFile()
        // The same quadrilateral plus 37.5°–37.7° E on its east side.
        let new = try polygonFile("[[37,48],[37.7,48],[37.7,48.3],[37,48.3],[37,48]]")
        let square = try polygonFile("[[37.5,48],[37.7,48],[37.7,48.3],[37.5,48.3],[37.5,48]]")
        defer { for url in [old, new, square] { try? FileManager.default.removeItem(at: url) } }
        let result = try CLIRunner.run(["overlay", "change", old.path, new.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let gained = try #require(try CLIRunner.json(result)["gained_km2"] as? Double)
        let area = try CLIRunner.run(["area", "--geojson", square.path, "--json"])
        let expected = try #require(try CLIRunner.json(area)["square_meters"] as? Double) / 1e6
        #expect(abs(gained - expected) / expected < 0.001)
    }

    @Test("overlay change between the bundled dates reports ground that changed hands per oblast")
    func changeBetweenDates() throws {
        let result = try CLIRunner.run(["overlay", "change", "2022-12-01", "2025-07-01", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLIRunner.json(result)
        #expect((json["gained_km2"] as? Double ?? 0) > 5_000)
        let oblasts = try #require(json["oblasts"] as? [[String: Any]])
        #expect(oblasts.first?["name"] as? String == "Donetsk")
    }
}
