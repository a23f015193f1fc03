import Atlas
import Foundation
import GeoJSON
import Testing

@Suite("Story map files: RFC 7946, readable by GDAL, deterministic, written as one batch")
struct StoryMapFileTests {
    static func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atlas-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("every layer file passes the RFC 7946 rules: ranges, winding, closed rings, no crs, at most 6 decimals")
    func rfc7946() throws {
        let map = try StoryMapLayerTests.firstMap()
        for file in StoryMapFiles.render(map, format: .geojson) where file.name.hasSuffix(".geojson") {
            let violations = RFC7946Validator.validate(text: file.contents)
            #expect(violations.isEmpty, "\(file.name): \(violations.prefix(3))")
        }
    }

    @Test("ogrinfo opens every written file and reports the feature count it holds")
    func ogrinfoCounts() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let map = try StoryMapLayerTests.firstMap()
        try StoryMapFiles.write(map, to: folder, format: .geojson)
        for (name, collection) in map.layers {
            let counts = try OGRInfo.featureCounts(of: "\(folder)/\(name.rawValue).geojson")
            #expect(counts == [collection.features.count], "\(name.rawValue)")
        }
    }

    @Test("the same story renders byte for byte the same files twice")
    func deterministic() throws {
        let first = StoryMapFiles.render(try StoryMapLayerTests.firstMap(), format: .geojson)
        let second = StoryMapFiles.render(try StoryMapLayerTests.firstMap(), format: .geojson)
        #expect(first.map(\.name) == second.map(\.name))
        #expect(first.map(\.contents) == second.map(\.contents))
        #expect(first.map(\.name).last == "summary.json")
    }

    @Test("--format geojsonseq writes RFC 8142 records, one per feature, into .geojsons files")
    func textSequence() throws {
        let map = try StoryMapLayerTests.firstMap()
        for file in StoryMapFiles.render(map, format: .geojsonseq) where file.name != "summary.json" {
            #expect(file.name.hasSuffix(".geojsons"))
            let layer = try #require(map.layers.first { file.name.hasPrefix($0.name.rawValue + ".") })
            #expect(file.contents.unicodeScalars.filter { $0 == "\u{1E}" }.count == layer.collection.features.count)
        }
    }

    @Test("a run removes layer files the story did not produce, so the folder holds one story")
    func staleLayersRemoved() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try StoryMapFiles.write(try StoryMapLayerTests.firstMap(), to: folder, format: .geojson)
        #expect(FileManager.default.fileExists(atPath: "\(folder)/occupied.geojson"))
        let second = try StoryMap.build(from: Fixtures.secondStory, lookup: Fixtures.lookup)
        try StoryMapFiles.write(second, to: folder, format: .geojson)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["deployments.geojson", "meetings.geojson", "places.geojson", "routes.geojson", "summary.json", "venues.geojson"])
    }

    @Test("when one file cannot be written, none of the existing files changes")
    func batchFailureLeavesFolderIntact() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try StoryMapFiles.write(try StoryMapLayerTests.firstMap(), to: folder, format: .geojson)
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/venues.geojson"))
        // routes.geojson becomes a directory: its write fails after the earlier temporaries were written.
        try FileManager.default.removeItem(atPath: "\(folder)/routes.geojson")
        try FileManager.default.createDirectory(atPath: "\(folder)/routes.geojson", withIntermediateDirectories: false)
        let second = try StoryMap.build(from: Fixtures.secondStory, lookup: Fixtures.lookup)
        #expect(throws: FileWriteError.self) { try StoryMapFiles.write(second, to: folder, format: .geojson) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/venues.geojson")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("summary.json holds the figures with fixed decimals")
    func summaryJSON() throws {
        let text = SummaryJSON.text(try StoryMapLayerTests.firstMap().summary)
        let value = try JSONValue(parsing: text)
        guard case .object(let summary) = value, case .array(let venues)? = summary["venues"],
              case .object(let budapest)? = venues.first, case .array(let figures)? = budapest["from_capitals"],
              case .object(let kyiv)? = figures.first
        else { Issue.record("unexpected summary shape"); return }
        #expect(kyiv.string("name") == "Kyiv")
        let km = try #require(kyiv.number("distance_km"))
        #expect(abs(km - 901.476) < 0.0005)
        #expect(km == (km * 1000).rounded() / 1000)
    }

    @Test("the printed table shows the venue and deployment figures")
    func summaryTable() throws {
        let table = SummaryTable.render(try StoryMapLayerTests.firstMap().summary)
        #expect(table.contains("Budapest"))
        #expect(table.contains("901.5 km"))
        #expect(table.contains("1572.5 km"))
        #expect(table.contains("401.2 km"))
        #expect(table.contains("Mihail Kogălniceanu Air Base"))
    }
}

/// Runs GDAL's `ogrinfo -ro -al -so` and reads its "Feature Count" lines.
enum OGRInfo {
    static let path = ["/usr/bin/ogrinfo", "/usr/local/bin/ogrinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func featureCounts(of file: String) throws -> [Int] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path ?? "ogrinfo")
        process.arguments = ["-ro", "-al", "-so", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.split(separator: "\n").compactMap { line in
            line.hasPrefix("Feature Count: ") ? Int(line.dropFirst("Feature Count: ".count)) : nil
        }
    }
}
