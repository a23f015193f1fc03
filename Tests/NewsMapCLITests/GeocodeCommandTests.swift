import Foundation
import Testing

/// `newsmap geocode` and the name-aware `distance` and `area`, through the built binary.
@Suite("CLI: geocode and names")
struct GeocodeCommandTests {
    private func candidates(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try CLIRunner.run(["geocode"] + arguments + ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(parsed as? [[String: Any]])
    }

    @Test("Budapest ranks GeoNames 3054643 first, with the contract's fields")
    func budapest() throws {
        let first = try #require(try candidates(["Budapest"]).first)
        #expect(first["id"] as? String == "geonames:3054643")
        #expect(first["kind"] as? String == "city")
        #expect(first["country"] as? String == "HU")
        #expect(first["lat"] is Double && first["lon"] is Double && first["score"] is Double)
        #expect((first["population"] as? Int ?? 0) > 1_000_000)
    }

    @Test("Kiev and Kyiv are the same place; Washington, D.C. is the capital", arguments: [
        ("Kiev", "geonames:703448"), ("Kyiv", "geonames:703448"), ("Washington, D.C.", "geonames:4140963"),
        ("Washington DC", "geonames:4140963"), ("Jordan", "iso3166:JO"), ("Kogalniceanu airbase", "icao:LRCK"),
        ("MK air base", "icao:LRCK"), ("Joint Base Elmendorf-Richardson", "icao:PAED"),
    ])
    func bestCandidate(name: String, id: String) throws {
        #expect(try candidates([name]).first?["id"] as? String == id)
    }

    @Test("Donetsk oblast is the admin-1 unit; Donetsk alone is the city, with the oblast next")
    func donetsk() throws {
        #expect(try candidates(["Donetsk oblast"]).first?["kind"] as? String == "admin1")
        let bare = try candidates(["Donetsk", "--limit", "2"])
        #expect(bare.first?["kind"] as? String == "city")
        #expect(bare.dropFirst().first?["kind"] as? String == "admin1")
    }

    @Test("--country and --kind filter the candidates")
    func filters() throws {
        let airports = try candidates(["Kogalniceanu airbase", "--kind", "airbase"])
        #expect(!airports.isEmpty && airports.allSatisfy { $0["kind"] as? String == "airbase" })
        let us = try candidates(["Paris", "--country", "US"])
        #expect(!us.isEmpty && us.allSatisfy { $0["country"] as? String == "US" })
    }

    @Test("an unknown name exits 1 and suggests the closest names")
    func unknownName() throws {
        let result = try CLIRunner.run(["geocode", "Budapesht Xq"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean"))
    }

    @Test("an empty name exits 1")
    func emptyName() throws {
        let result = try CLIRunner.run(["geocode", "  "])
        #expect(result.status == 1)
    }

    @Test("distance takes names: Budapest–Kyiv with GeoNames coordinates is 901.5 km (±0.5)")
    func distanceByName() throws {
        let result = try CLIRunner.run(["distance", "Budapest", "Kyiv", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let meters = try #require(try CLIRunner.json(result)["meters"] as? Double)
        #expect(abs(meters - 901_500) < 500)
    }

    @Test("area takes a name: Donetsk oblast is 26,602 km² on the generalised polygon (FACTS.md, ±1 km²)")
    func areaByName() throws {
        let result = try CLIRunner.run(["area", "Donetsk oblast", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let squareMeters = try #require(try CLIRunner.json(result)["square_meters"] as? Double)
        #expect(abs(squareMeters / 1e6 - 26_602) < 1)
    }
}
