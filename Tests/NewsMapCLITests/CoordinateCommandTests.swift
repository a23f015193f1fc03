import Foundation
import Testing

/// The commands that work on coordinates alone: distance, transform, area --geojson.
@Suite("CLI: distance, transform and area on coordinates")
struct CoordinateCommandTests {
    @Test("distance --json gives metres and both azimuths (FACTS.md: Budapest–Kyiv 901,475.8637 m)")
    func distanceJSON() throws {
        let result = try CLIRunner.run(["distance", "47.49835,19.04045", "50.45466,30.5238", "--json"])
        #expect(result.status == 0)
        let json = try CLIRunner.json(result)
        let meters = try #require(json["meters"] as? Double)
        let azimuth1 = try #require(json["azimuth1_deg"] as? Double)
        let azimuth2 = try #require(json["azimuth2_deg"] as? Double)
        #expect(abs(meters - 901_475.8637) < 0.001)
        #expect(abs(azimuth1 - 64.367952103) < 1e-8)
        #expect(abs(azimuth2 - 73.046876257) < 1e-8)
        let from = try #require(json["from"] as? [String: Any])
        #expect(from["lat"] as? Double == 47.49835)
        #expect(from["lon"] as? Double == 19.04045)
    }

    @Test("negative coordinates are values, not options")
    func negativeCoordinates() throws {
        let result = try CLIRunner.run(["distance", "-33.87,151.21", "51.5,-0.13", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLIRunner.json(result)
        let meters = try #require(json["meters"] as? Double)
        #expect(meters > 16_900_000 && meters < 17_100_000)
    }

    @Test("a latitude out of range is bad input: exit 1 and one clear line")
    func latitudeOutOfRange() throws {
        let result = try CLIRunner.run(["distance", "91,0", "0,0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("latitude"))
    }

    @Test("a usage error exits 2, not swift-argument-parser's 64")
    func usageError() throws {
        let result = try CLIRunner.run(["distance", "--no-such-flag"])
        #expect(result.status == 2)
    }

    @Test("transform EPSG:4326 → EPSG:3035 reads lat,lon and prints easting,northing")
    func transformToLAEA() throws {
        let result = try CLIRunner.run(["transform", "--from", "EPSG:4326", "--to", "EPSG:3035", "47.49835,19.04045", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLIRunner.json(result)
        let points = try #require(json["points"] as? [[String: Any]])
        let output = try #require(points.first?["output"] as? [String: Double])
        // cs2cs EPSG:4326 EPSG:3035 gives northing 2750998.01, easting 5000688.43 for this point.
        #expect(abs((output["x"] ?? 0) - 5_000_688.433) < 0.01)
        #expect(abs((output["y"] ?? 0) - 2_750_998.011) < 0.01)
    }

    @Test("an unknown EPSG code exits 1 with PROJ's own message")
    func unknownCRS() throws {
        let result = try CLIRunner.run(["transform", "--from", "EPSG:4326", "--to", "EPSG:999999", "1,2"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("crs not found"))
    }

    @Test("area of a 1°×1° square at the equator matches GeographicLib (FACTS.md, relative 1e-9)")
    func areaOfSquare() throws {
        let square = #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"#
        let result = try CLIRunner.run(["area", "--geojson", "-", "--json"], stdin: square)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CLIRunner.json(result)
        let area = try #require(json["square_meters"] as? Double)
        let perimeter = try #require(json["perimeter_meters"] as? Double)
        #expect(abs(area / 12_308_778_361.47 - 1) < 1e-9)
        #expect(abs(perimeter / 443_770.917 - 1) < 1e-8)
    }

    @Test("an unclosed ring is bad input, reported with its path")
    func unclosedRing() throws {
        let open = #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#
        let result = try CLIRunner.run(["area", "--geojson", "-"], stdin: open)
        #expect(result.status == 1)
        #expect(result.stderr.contains("$.coordinates[0]"))
        #expect(result.stderr.contains("unclosed"))
    }
}
