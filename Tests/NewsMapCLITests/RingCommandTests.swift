import Foundation
import Testing

@Suite("CLI: newsmap ring")
struct RingCommandTests {
    @Test("a 3,000 km ring around Anchorage is one feature whose geometry is a MultiPolygon split at the antimeridian")
    func anchorage() throws {
        let result = try CLIRunner.run(["ring", "61.21806,-149.90028", "--km", "3000"])
        #expect(result.status == 0, "\(result.stderr)")
        let collection = try CLIRunner.json(result)
        let features = try #require(collection["features"] as? [[String: Any]])
        #expect(features.count == 1)
        let geometry = try #require(features.first?["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "MultiPolygon")
        let parts = try #require(geometry["coordinates"] as? [[[[Double]]]])
        #expect(parts.count == 2)
        let longitudes = parts.flatMap { $0.flatMap { $0.map { $0[0] } } }
        #expect(longitudes.allSatisfy { (-180...180).contains($0) })
        #expect(longitudes.contains(180) && longitudes.contains(-180))
        #expect(collection["generator"] != nil)
    }

    @Test("--output writes the ring to a file, which ogrinfo reads as one feature")
    func outputFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ring-\(UUID().uuidString).geojson")
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLIRunner.run(["ring", "44.3622,28.4883", "--km", "1000", "--output", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let ogr = try CLIRunner.runTool("/usr/bin/ogrinfo", ["-ro", "-al", "-so", file.path])
        #expect(ogr.stdout.contains("Feature Count: 1\n"))
    }

    @Test("a radius of zero is a usage error (exit 2); an unknown place is bad input (exit 1)")
    func badInput() throws {
        #expect(try CLIRunner.run(["ring", "44.3622,28.4883", "--km", "0"]).status == 2)
        let unknown = try CLIRunner.run(["ring", "Nowhereville Qq", "--km", "100"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.split(separator: "\n").count == 1)
    }

    @Test("a place name goes through the gazetteer, as in the map layers")
    func byName() throws {
        let result = try CLIRunner.run(["ring", "Anchorage", "--km", "3000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"MultiPolygon\""))
        #expect(result.stdout.contains("3000 km from Anchorage"))
    }
}
