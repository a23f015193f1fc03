import Testing
import Gazetteer

@Suite("Lookup and ranking")
struct LookupRankingTests {
    let gazetteer: Gazetteer
    init() throws { gazetteer = try BundledGeoData.gazetteer() }

    @Test("The best candidate for a name", arguments: [
        ("Budapest", "geonames:3054643"), ("Kiev", "geonames:703448"), ("Kyiv", "geonames:703448"),
        ("Washington, D.C.", "geonames:4140963"), ("Washington DC", "geonames:4140963"), ("Jordan", "iso3166:JO"),
        ("Kogalniceanu airbase", "icao:LRCK"), ("Kogălniceanu Air Base", "icao:LRCK"), ("MK air base", "icao:LRCK"),
        ("Joint Base Elmendorf-Richardson", "icao:PAED"), ("Joint Base Elmendorf–Richardson", "icao:PAED"),
        ("Donetsk oblast", "iso3166-2:UA-14"), ("Donetsk region", "iso3166-2:UA-14"), ("Kharkiv region", "iso3166-2:UA-63"),
        ("Zaporizhia oblast", "iso3166-2:UA-23"), ("Kherson province", "iso3166-2:UA-65"), ("Crimea", "iso3166-2:UA-43"),
        ("the Netherlands", "iso3166:NL"), ("Holland", "iso3166:NL"), ("US", "iso3166:US"), ("U.S.", "iso3166:US"),
        ("Britain", "iso3166:GB"), ("Czech Republic", "iso3166:CZ"), ("Ivory Coast", "iso3166:CI"), ("Georgia", "iso3166:GE"),
        ("Donbas", "region:donbas"), ("Donbass", "region:donbas"), ("the Baltic states", "region:baltic-states"),
        ("the Middle East", "region:middle-east"), ("Black Sea", "region:black-sea"), ("Europe", "geonames:6255148"),
        ("the Kremlin", "facility:kremlin"), ("White House", "facility:white-house"), ("Ramstein", "icao:ETAR"),
        ("Bavaria", "iso3166-2:DE-BY"), ("St. Petersburg", "geonames:498817"), ("Sloviansk", "geonames:693468"),
        ("the Crimean peninsula", "region:crimean-peninsula"),
    ])
    func bestCandidate(name: String, id: String) throws {
        #expect(try gazetteer.place(named: name).id == id)
    }

    @Test("Donetsk alone gives the city first and the oblast next")
    func donetsk() {
        let ids = gazetteer.candidates(for: "Donetsk", limit: 3).map(\.place.id)
        #expect(Array(ids.prefix(2)) == ["geonames:709717", "iso3166-2:UA-14"])
    }

    @Test("A city comes before the oblast named after it", arguments: ["Kherson", "Zaporizhzhia", "Luhansk", "Odesa", "Sumy"])
    func namesakeCity(name: String) throws {
        let kinds = gazetteer.candidates(for: name, country: "UA", limit: 2).map(\.place.kind)
        #expect(kinds == [.city, .admin1])
    }

    @Test("An exact primary name outranks the same string as an alternate name of a similar place")
    func primaryBeforeAlternate() throws {
        let candidates = gazetteer.candidates(for: "Kyiv")
        let first = try #require(candidates.first)
        #expect(first.isPrimaryName && first.matchedName == "Kyiv")
        let kiev = try #require(gazetteer.candidates(for: "Kiev").first)
        #expect(!kiev.isPrimaryName && kiev.score < first.score)
    }

    @Test("Scores lie in 0...1 and come best first")
    func scoresOrdered() {
        let scores = gazetteer.candidates(for: "Washington", limit: 20).map(\.score)
        #expect(scores.count > 5)
        #expect(scores.allSatisfy { (0...1).contains($0) })
        #expect(scores == scores.sorted(by: >))
    }

    @Test("Country and kind filters narrow the candidates")
    func filters() throws {
        #expect(try gazetteer.place(named: "Donetsk", kind: .admin1).id == "iso3166-2:UA-14")
        #expect(try gazetteer.place(named: "Donetsk", country: "RU").id == "geonames:565348")
        #expect(try gazetteer.place(named: "Donetsk", country: "RUS").countryCode == "RU")
        #expect(gazetteer.candidates(for: "Budapest", country: "UA").isEmpty)
        #expect(gazetteer.candidates(for: "Budapest", country: "not a country").isEmpty)
        #expect(gazetteer.candidates(for: "Budapest", limit: 1).count == 1)
    }

    @Test("Known names answer hasName; the longest name is counted in words")
    func hasName() {
        #expect(gazetteer.hasName(foldedKey: "mk air base"))
        #expect(gazetteer.hasName(foldedKey: "budapest"))
        #expect(!gazetteer.hasName(foldedKey: "Budapest"), "keys are folded, so an unfolded string is not one")
        #expect(!gazetteer.hasName(foldedKey: "qqqxq"))
        #expect(gazetteer.maxNameTokens >= 5)
        #expect(gazetteer.dataVersion == "2026.12.2")
    }

    @Test("An unknown name suggests close known names")
    func suggestions() {
        #expect(gazetteer.suggestions(for: "Budapesht").contains("Budapest"))
        #expect(gazetteer.suggestions(for: "Kogalniceanu").contains("Mihail Kogălniceanu Air Base"))
        #expect(throws: GazetteerError.self) { try gazetteer.place(named: "Xqzzvbnw") }
        do {
            _ = try gazetteer.place(named: "Zaporizzhia Oblastt")
            Issue.record("a misspelt name must not resolve")
        } catch let GazetteerError.unknownName(name, suggestions) {
            #expect(name == "Zaporizzhia Oblastt")
            #expect(suggestions.contains("Zaporizhzhia Oblast"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
