import Testing
import Gazetteer
import GeoJSON

@Suite("A gazetteer built in memory")
struct InMemoryGazetteerTests {
    /// A toy world: one country with a square boundary, one unit inside it, a capital, a village and an air base.
    static func toyWorld() throws -> Gazetteer {
        let square: GeoJSON.Geometry = .polygon([[
            Position(lat: 0, lon: 0), Position(lat: 0, lon: 10), Position(lat: 10, lon: 10), Position(lat: 10, lon: 0),
            Position(lat: 0, lon: 0),
        ]])
        let half: GeoJSON.Geometry = .polygon([[
            Position(lat: 0, lon: 0), Position(lat: 0, lon: 5), Position(lat: 10, lon: 5), Position(lat: 10, lon: 0),
            Position(lat: 0, lon: 0),
        ]])
        return try Gazetteer(
            places: [
                Place(id: "iso3166:QZ", name: "Quuzland", kind: .country, countryCode: "QZ", coordinate: Position(lat: 5, lon: 5)),
                Place(id: "iso3166-2:QZ-W", name: "West Quuz", kind: .admin1, countryCode: "QZ", coordinate: Position(lat: 5, lon: 2.5)),
                Place(id: "geonames:1", name: "Quuz City", kind: .city, countryCode: "QZ", admin1Code: "QZ-W",
                      coordinate: Position(lat: 4, lon: 2), population: 800_000, isCapital: true),
                Place(id: "geonames:2", name: "Quuz City", kind: .city, countryCode: "QZ", coordinate: Position(lat: 8, lon: 8), population: 600),
                Place(id: "icao:QZAB", name: "Quuz Air Base", kind: .airbase, countryCode: "QZ", coordinate: Position(lat: 6, lon: 6), prominence: 1),
                Place(id: "region:west", name: "The West", kind: .region, countryCode: "QZ", coordinate: Position(lat: 5, lon: 2.5)),
            ],
            aliases: ["icao:QZAB": ["QAB airbase"], "geonames:1": ["Old Quuz"]],
            countryWords: ["Quuzian": ("QZ", .adjective), "Quuzians": ("QZ", .demonym)],
            boundaries: ["iso3166:QZ": square, "iso3166-2:QZ-W": half, "region:west": half],
            members: ["region:west": ["iso3166-2:QZ-W"]],
            dataVersion: "toy")
    }

    @Test("Lookups, ranking and tables work as on the bundled data")
    func lookups() throws {
        let world = try Self.toyWorld()
        #expect(world.dataVersion == "toy" && world.placeCount == 6)
        #expect(world.candidates(for: "quuz city").map(\.place.id) == ["geonames:1", "geonames:2"])
        #expect(try world.place(named: "Q.A.B. Airbase").id == "icao:QZAB")
        #expect(try world.place(named: "old-quuz").id == "geonames:1")
        #expect(world.countryWord("Quuzians")?.form == .demonym)
        #expect(world.capital(ofCountry: "qz")?.id == "geonames:1")
        #expect(world.admin1(code: "QZ-W")?.name == "West Quuz")
        #expect(world.place(id: "geonames:1")?.admin1Code == "QZ-W")
        #expect(world.facilities(ofKind: .airbase, inCountry: "QZ").map(\.id) == ["icao:QZAB"])
        #expect(world.members(of: try world.place(named: "the West")).map(\.id) == ["iso3166-2:QZ-W"])
    }

    @Test("Boundaries survive the round trip to within 1e-5 degrees")
    func boundaries() throws {
        let world = try Self.toyWorld()
        let country = try #require(world.country(code: "QZ"))
        guard case .polygon(let rings)? = world.boundary(of: country) else {
            Issue.record("the country's boundary should be one polygon")
            return
        }
        #expect(rings.count == 1 && rings[0].count == 5)
        #expect(abs(rings[0][2].latitude - 10) < 1e-5 && abs(rings[0][2].longitude - 10) < 1e-5)
    }

    @Test("Reverse lookup finds the nearest place and the polygons around a point")
    func reverse() throws {
        let world = try Self.toyWorld()
        let west = try world.reverse(Position(lat: 4.1, lon: 2.1))
        #expect(west.nearestPlace?.id == "geonames:1")
        // 0.1° of latitude and of longitude at 4° N: about 15.7 km on the sphere (tolerance 0.1 km).
        #expect(abs((west.nearestPlaceMeters ?? 0) - 15_700) < 100)
        #expect(west.admin1?.id == "iso3166-2:QZ-W" && west.country?.id == "iso3166:QZ")
        #expect(west.regions.map(\.id) == ["region:west"])
        let east = try world.reverse(Position(lat: 8, lon: 8))
        #expect(east.admin1 == nil && east.country?.id == "iso3166:QZ" && east.nearestPlace?.id == "geonames:2")
        let outside = try world.reverse(Position(lat: -20, lon: -20))
        #expect(outside.country == nil && outside.nearestPlace != nil)
    }

    @Test("Bad places are refused with a clear error")
    func badPlaces() {
        let nowhere = Place(id: "x:1", name: "Nowhere", kind: .city, countryCode: nil, coordinate: Position(lat: .nan, lon: 0))
        #expect(throws: GazetteerError.self) { try Gazetteer(places: [nowhere]) }
        let twice = Place(id: "x:1", name: "Twice", kind: .city, countryCode: nil, coordinate: Position(lat: 0, lon: 0))
        #expect(throws: GazetteerError.self) { try Gazetteer(places: [twice, twice]) }
        #expect(throws: GazetteerError.self) { try Gazetteer(places: [twice], aliases: ["x:2": ["Ghost"]]) }
        #expect(throws: GazetteerError.self) {
            try Gazetteer(places: [twice], boundaries: ["x:1": .point(Position(lat: 0, lon: 0))])
        }
    }
}
