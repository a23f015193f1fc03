import Foundation
import Testing

/// `newsmap map` end to end, run as a user runs it. Tests that need places (the bundled gazetteer and the geoparser's
/// recognition) are enabled only when the binary resolves "Budapest"; the rest run on any build.
@Suite("CLI: newsmap map")
struct MapCommandTests {
    static let layerFiles = ["venues", "deployments", "meetings", "places", "occupied", "routes", "rings"]

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newsmap-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func summary(in folder: URL) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test("a fresh run on the example article is byte-equal to the committed Output/")
    func committedOutputIsCurrent() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["map", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let committed = CLIRunner.packageRoot.appendingPathComponent("Output")
        let fresh = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let stored = try FileManager.default.contentsOfDirectory(atPath: committed.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(fresh == stored)
        for name in fresh {
            let a = try Data(contentsOf: folder.appendingPathComponent(name))
            let b = try Data(contentsOf: committed.appendingPathComponent(name))
            #expect(a == b, "Output/\(name) differs from a fresh run: run `newsmap map` and commit Output/")
        }
    }

    @Test("ogrinfo opens every file of the example run and reports the feature count summary.json gives")
    func ogrinfoOpensEveryFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["map", "--output", folder.path, "--ring-km", "1000"])
        #expect(result.status == 0, "\(result.stderr)")
        let layers = try #require(try Self.summary(in: folder)["layers"] as? [String: Int])
        #expect(!layers.isEmpty)
        for (layer, count) in layers {
            let file = folder.appendingPathComponent("\(layer).geojson").path
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
            #expect(text.components(separatedBy: "\"type\":\"Feature\"").count - 1 == count, "\(layer): file holds another count")
            let ogr = try CLIRunner.runTool("/usr/bin/ogrinfo", ["-ro", "-al", "-so", file])
            #expect(ogr.status == 0, "ogrinfo cannot open \(layer).geojson: \(ogr.stderr)")
            #expect(ogr.stdout.contains("Feature Count: \(count)\n"), "\(layer): \(ogr.stdout)")
        }
    }

    @Test("an unwritable output folder is bad input: exit 1 and one clear line")
    func unwritableOutput() throws {
        let result = try CLIRunner.run(["map", "--output", "/proc/newsmap-cannot-be-here"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("cannot create output folder '/proc/newsmap-cannot-be-here'"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("an output path that is a file is bad input: exit 1")
    func outputIsAFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("plain.txt")
        try Data("x".utf8).write(to: file)
        let result = try CLIRunner.run(["map", "--output", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("it is a file"))
    }

    @Test("a missing article is bad input: exit 1")
    func missingArticle() throws {
        let result = try CLIRunner.run(["map", "/nonexistent/story.txt", "--output", FileManager.default.temporaryDirectory.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no such file"))
    }

    @Test("a ring radius that is not a positive number of km is a usage error: exit 2")
    func badRingRadius() throws {
        #expect(try CLIRunner.run(["map", "--ring-km", "0"]).status == 2)
        #expect(try CLIRunner.run(["map", "--format", "shapefile"]).status == 2)
    }

    @Test("--format geojsonseq writes .geojsons files and standard input can be the article")
    func textSequenceFromStandardInput() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["map", "-", "--output", folder.path, "--format", "geojsonseq"], stdin: "Leaders will meet in Geneva.\n")
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains("venues.geojsons") && names.contains("summary.json"))
        #expect(!names.contains { $0.hasSuffix(".geojson") })
    }

    // MARK: with the gazetteer

    @Test("Budapest carries Kyiv 901.5 km and Moscow 1,572.5 km; MK air base is 401 km from Sevastopol; the table shows them")
    func exampleFigures() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["map", "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let summary = try Self.summary(in: folder)
        let capitals = (summary["capitals"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        // The gazetteer names the US capital "Washington, D.C.".
        #expect(Set((capitals ?? []).map { $0.hasPrefix("Washington") ? "Washington" : $0 }) == ["Kyiv", "Moscow", "Washington"])
        let venues = try #require(summary["venues"] as? [[String: Any]])
        let budapest = try #require(venues.first { $0["name"] as? String == "Budapest" })
        let figures = try #require(budapest["from_capitals"] as? [[String: Any]])
        let kyiv = try #require(figures.first { $0["name"] as? String == "Kyiv" }?["distance_km"] as? Double)
        let moscow = try #require(figures.first { $0["name"] as? String == "Moscow" }?["distance_km"] as? Double)
        #expect(abs(kyiv - 901.5) <= 0.5)
        #expect(abs(moscow - 1572.5) <= 0.5)
        let deployments = try #require(summary["deployments"] as? [[String: Any]])
        let lrck = try #require(deployments.first { $0["id"] as? String == "icao:LRCK" })
        let references = try #require(lrck["to_references"] as? [[String: Any]])
        let sevastopol = try #require(references.first { $0["name"] as? String == "Sevastopol" }?["distance_km"] as? Double)
        #expect(abs(sevastopol - 401) <= 3)
        #expect(result.stdout.contains("Budapest") && result.stdout.contains("901.5 km") && result.stdout.contains("1572.5 km"))
        #expect(result.stdout.contains("401."))
    }

    @Test("the Geneva story gives its own layers with no trace of the first story")
    func secondStory() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["map", "--output", folder.path]).status == 0)
        let article = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/geneva-summit.txt").path
        let result = try CLIRunner.run(["map", article, "--output", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        var everything = result.stdout
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            everything += String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
        }
        for trace in ["Budapest", "LRCK", "Kogălniceanu", "Donetsk"] { #expect(!everything.contains(trace), "found \(trace)") }
        #expect(everything.contains("Geneva"))
        #expect(everything.contains("Rzesz"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("occupied.geojson").path))
    }
}

extension CLIRunner {
    /// Runs another program (ogrinfo) and captures its output.
    static func runTool(_ path: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
