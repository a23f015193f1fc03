import Atlas
import Gazetteer
import GeoJSON
import Geoparser
import Testing

@Suite("Story map layers built from a story")
struct StoryMapLayerTests {
    static func firstMap(ringKilometers: Double? = 1000) throws -> StoryMap {
        try StoryMap.build(from: Fixtures.firstStory, lookup: Fixtures.lookup, options: StoryMapOptions(ringKilometers: ringKilometers))
    }

    @Test("the first story gives every layer, occupied included, and rings with a radius")
    func layerList() throws {
        let map = try Self.firstMap()
        #expect(map.layers.map(\.name) == [.venues, .deployments, .meetings, .places, .occupied, .routes, .rings])
        #expect(try Self.firstMap(ringKilometers: nil).layers.map(\.name) == [.venues, .deployments, .meetings, .places, .occupied, .routes])
    }

    @Test("every feature of every layer carries the simplestyle keys and the collection names its generator")
    func styledEverywhere() throws {
        for (name, collection) in try Self.firstMap().layers {
            #expect(collection.foreignMembers["generator"] == ["name": "NewsMap", "newsmap_version": "0.1.0", "geodata_version": "fixture-1"])
            for feature in collection.features {
                for key in SimpleStyle.requiredKeys {
                    #expect(feature.properties[key] != nil, "\(name.rawValue): \(feature.properties.string("name") ?? "?") lacks \(key)")
                }
            }
        }
    }

    @Test("the venue Budapest carries its distances and azimuths from Kyiv, Moscow and Washington, and the quote")
    func budapestVenue() throws {
        let venues = try #require(try Self.firstMap().layer(.venues))
        #expect(venues.features.count == 1)
        let budapest = venues.features[0].properties
        #expect(budapest.string("name") == "Budapest" && budapest.string("role") == "venue")
        #expect(abs((budapest.number("distance_km_from_kyiv") ?? 0) - 901.5) <= 0.5)
        #expect(abs((budapest.number("distance_km_from_moscow") ?? 0) - 1572.5) <= 0.5)
        #expect(budapest.number("distance_km_from_washington") != nil && budapest.number("azimuth_deg_from_washington") != nil)
        #expect(budapest.string("quote") == Fixtures.firstStory.sentences[1])
        #expect(budapest.string("evidence") == "looking at Budapest as a location")
        #expect(budapest.string("country") == "HU" && budapest.string("kind") == "city")
    }

    @Test("the deployment site carries its distance to the occupied area, Sevastopol and Moscow; the ring goes round it")
    func deploymentSite() throws {
        let map = try Self.firstMap()
        let site = try #require(map.layer(.deployments)?.features.first).properties
        #expect(site.string("id") == "icao:LRCK")
        #expect(abs((site.number("distance_km_to_sevastopol") ?? 0) - 401) <= 3)
        #expect(site.number("distance_km_to_moscow") != nil)
        let toOccupied = try #require(site.number("distance_km_to_occupied"))
        // The box's south-west corner (47° N, 37° E) region is about 700 km east-north-east of the base.
        #expect(toOccupied > 600 && toOccupied < 800)
        let rings = try #require(map.layer(.rings))
        #expect(rings.features.count == 1 && rings.features[0].properties.number("radius_km") == 1000)
    }

    @Test("routes run from each venue to each reference capital as densified geodesics")
    func routes() throws {
        let routes = try #require(try Self.firstMap().layer(.routes))
        #expect(routes.features.map { $0.properties.string("to") } == ["Kyiv", "Moscow", "Washington"])
        for route in routes.features {
            guard case .lineString(let line)? = route.geometry else { Issue.record("not a LineString"); continue }
            #expect(line.count > 10, "densified to at most 25 km per segment")
        }
    }

    @Test("places lists every resolved place once as a point, with a boundary feature for countries and units that have one")
    func placesLayer() throws {
        let places = try #require(try Self.firstMap().layer(.places))
        let points = places.features.filter { $0.properties.string("feature") == "point" }
        #expect(points.count == Fixtures.firstStory.extraction.places.count)
        let boundaries = places.features.filter { $0.properties.string("feature") == "boundary" }
        #expect(boundaries.compactMap { $0.properties.string("name") } == ["Ukraine", "Donetsk Oblast"])
        let ukraine = try #require(points.first { $0.properties.string("name") == "Ukraine" }).properties
        #expect(ukraine.string("role") == "occupied")
        #expect(ukraine.number("mentions") == 5)
        #expect(ukraine.array("roles") == ["occupied", "mention"])
    }

    @Test("occupied holds the claimed unit the story calls occupied, not the whole country")
    func occupiedLayer() throws {
        let occupied = try #require(try Self.firstMap().layer(.occupied))
        #expect(occupied.features.compactMap { $0.properties.string("name") } == ["Donetsk Oblast"])
        #expect((occupied.features[0].properties.number("area_km2") ?? 0) > 30_000)
    }

    @Test("the occupied territory comes through a replaceable source")
    func occupiedSeam() throws {
        struct FixedArea: OccupiedTerritorySource {
            func territory(for story: Story, occupiedPlaces: [PlaceInDocument], lookup: any PlaceLookup) throws(AtlasError) -> OccupiedTerritory {
                // A 1°-square "held area" just east of Sevastopol.
                let square: GeoJSON.Geometry = .polygon([[Position(lat: 44.5, lon: 34), Position(lat: 44.5, lon: 35),
                                                          Position(lat: 45.5, lon: 35), Position(lat: 45.5, lon: 34), Position(lat: 44.5, lon: 34)]])
                return OccupiedTerritory(features: [Feature(geometry: square, properties: ["name": "held"])], heldArea: square, method: "fixed")
            }
        }
        let map = try StoryMap.build(from: Fixtures.firstStory, lookup: Fixtures.lookup, options: StoryMapOptions(occupiedSource: FixedArea()))
        #expect(map.layer(.occupied)?.features.first?.properties.string("name") == "held")
        #expect(map.summary.occupiedMethod == "fixed")
        let toOccupied = try #require(map.layer(.deployments)?.features.first?.properties.number("distance_km_to_occupied"))
        #expect(toOccupied > 400 && toOccupied < 500)
    }

    @Test("the second story gives its own layers, with no trace of the first")
    func secondStoryHasNoTraceOfTheFirst() throws {
        let map = try StoryMap.build(from: Fixtures.secondStory, lookup: Fixtures.lookup, options: StoryMapOptions(ringKilometers: 500))
        #expect(map.layer(.venues)?.features.compactMap { $0.properties.string("name") } == ["Geneva"])
        #expect(map.layer(.deployments)?.features.compactMap { $0.properties.string("name") } == ["Rzeszów"])
        #expect(map.layer(.occupied) == nil, "the second story does not speak of occupation")
        let everything = StoryMapFiles.render(map, format: .geojson).map(\.contents).joined()
        for trace in ["Budapest", "LRCK", "Kogălniceanu", "Kyiv", "Donetsk", "from_washington"] {
            #expect(!everything.contains(trace), "found \(trace)")
        }
        #expect(everything.contains("distance_km_from_warsaw"))
    }

    @Test("a reference place missing from the gazetteer is a warning, not a failure")
    func missingReferencePlace() throws {
        let options = StoryMapOptions(deploymentReferenceNames: ["Sevastopol", "Atlantis"])
        let map = try StoryMap.build(from: Fixtures.firstStory, lookup: Fixtures.lookup, options: options)
        #expect(map.warnings.count == 1 && map.warnings[0].contains("Atlantis"))
        #expect(map.layer(.deployments)?.features.first?.properties.number("distance_km_to_sevastopol") != nil)
    }
}

extension JSONObject {
    func array(_ key: String) -> [String]? {
        guard case .array(let values)? = self[key] else { return nil }
        return values.compactMap { if case .string(let s) = $0 { s } else { nil } }
    }
}
