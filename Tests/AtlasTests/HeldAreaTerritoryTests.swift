import Atlas
import Gazetteer
import GeoJSON
import Geoparser
import GEOS
import Testing

@Suite("The occupied layer of a story: held area for Ukraine, claimed units elsewhere")
struct HeldAreaTerritoryTests {
    static let gazetteer = Result { try Gazetteer.bundled() }

    @Test("a story about occupied ground in Ukraine gets the held area of the newest line and the oblast figures")
    func ukraineStory() throws {
        let gazetteer = try Self.gazetteer.get()
        let source = HeldAreaTerritory(gazetteer: gazetteer)
        let story = Fixtures.firstStory
        let occupied = story.extraction.places.filter { $0.roles.contains(.occupied) }
        let territory = try source.territory(for: story, occupiedPlaces: occupied, lookup: gazetteer)
        #expect(territory.method.contains("line of contact"))
        let kinds = territory.features.compactMap { $0.properties.string("kind") }
        #expect(kinds.first == "held_area")
        #expect(kinds.filter { $0 == "oblast" }.count >= 6)
        #expect(territory.features.allSatisfy { feature in SimpleStyle.requiredKeys.allSatisfy { feature.properties[$0] != nil } })
        let area = try #require(territory.heldArea)
        // The held area lies around the Sea of Azov: it contains Mariupol and not Kyiv.
        let held = try GEOS.Geometry(area)
        #expect(try held.contains(GEOS.Geometry(.point(Position(lat: 47.0958, lon: 37.5494)))))
        #expect(try !held.contains(GEOS.Geometry(.point(Position(lat: 50.45466, lon: 30.5238)))))
    }

    @Test("a story about another country's occupied ground never shows Ukraine's front line")
    func otherStory() throws {
        let gazetteer = try Self.gazetteer.get()
        let golan = try #require(gazetteer.candidates(for: "Golan Heights", limit: 1).first?.place ?? gazetteer.candidates(for: "Quneitra", limit: 1).first?.place)
        let story = Story(
            extraction: Extraction(mentions: [Fixtures.mention(golan, 0, .occupied, evidence: "occupied")], generator: Fixtures.generator),
            sentences: ["Israel has occupied the Golan Heights since 1967."])
        let occupied = story.extraction.places
        let territory = try HeldAreaTerritory(gazetteer: gazetteer).territory(for: story, occupiedPlaces: occupied, lookup: gazetteer)
        #expect(!territory.method.contains("line of contact"))
        #expect(territory.features.allSatisfy { $0.properties.string("kind") != "held_area" })
    }
}
