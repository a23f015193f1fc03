import Gazetteer
import GeoJSON
import Testing
@testable import Geoparser

/// Phase 2 rules: common words, stray capitals, the place-word lexicon, feature names, document context.
@Suite("Recognition and resolution rules")
struct RecognitionRuleTests {
    static func place(_ id: String, _ name: String, _ kind: PlaceKind, _ country: String, lat: Double, lon: Double, population: Int? = nil) -> Place {
        Fixtures.place(id, name, kind, country, lat: lat, lon: lon, population: population)
    }

    static let directory = InMemoryPlaceDirectory(entries: [
        .init(place: place("c:US", "United States", .country, "US", lat: 39.8, lon: -98.6), names: ["United States", "US"], score: 0.95),
        .init(place: place("c:FR", "France", .country, "FR", lat: 46.0, lon: 2.0), names: ["France"], score: 0.95),
        .init(place: place("g:may", "May", .city, "US", lat: 31.9, lon: -98.9, population: 300), names: ["May"], score: 0.3),
        .init(place: place("g:mobile", "Mobile", .city, "US", lat: 30.69, lon: -88.04, population: 190_000), names: ["Mobile"], score: 0.7),
        .init(place: place("g:in", "In", .city, "FR", lat: 45.0, lon: 3.0, population: 800), names: ["In", "Ba"], score: 0.3),
        .init(place: place("g:orange-us", "Orange", .city, "US", lat: 33.79, lon: -117.85, population: 139_000), names: ["Orange"], score: 0.72),
        .init(place: place("g:orange-fr", "Orange", .city, "FR", lat: 44.14, lon: 4.81, population: 29_000), names: ["Orange"], score: 0.75),
        .init(place: place("a:CA", "California", .admin1, "US", lat: 37.0, lon: -120.0), names: ["California"], score: 0.85),
        .init(place: place("g:smallville", "Kerrick", .city, "GB", lat: 52.0, lon: -1.0, population: 400), names: ["Kerrick"], score: 0.5),
        .init(place: place("r:europe", "Europe", .continent, "", lat: 48.7, lon: 9.1), names: ["Europe"], score: 0.95),
    ])

    static let lexicons = RecognitionLexicons(
        commonWords: ["may", "mobile", "in", "we"],
        placeWords: ["Calif.": PlaceWord(form: .name, placeName: "California", kind: .admin1, country: "US"),
                     "European": PlaceWord(form: .adjective, placeName: "Europe")])

    let extractor = PlaceExtractor(directory: Self.directory, firstNames: Fixtures.firstNames, lexicons: Self.lexicons, newsMapVersion: "test")

    func texts(_ sentence: String) -> [String] { extractor.extract(document: sentence).mentions.map(\.text) }

    @Test("A common word at a sentence start is not a small place: 'May' and 'In' open sentences")
    func commonWordsAtSentenceStart() {
        #expect(texts("May brought rain to the United States. In the end we left.") == ["United States"])
    }

    @Test("A capitalised common word inside a sentence is a place when the place is large: 'flights to Mobile'")
    func commonWordMidSentence() {
        #expect(texts("The United States sent flights to Mobile on Friday.") == ["United States", "Mobile"])
    }

    @Test("Upper-case letters the gazetteer does not write so are not a place: 'BA' in prose")
    func strayCapitals() {
        #expect(texts("She earned a BA in France.") == ["France"])
    }

    @Test("State abbreviations keep their period and resolve through the lexicon: 'Fresno, Calif.'")
    func stateAbbreviation() throws {
        let mention = try #require(extractor.extract(document: "It rained in Fresno, Calif. on Monday.").mentions.first { $0.text == "Calif." })
        #expect(mention.place?.id == "a:CA")
        #expect(mention.form == .name)
    }

    @Test("Continental adjectives are toponyms of their continent: 'European leaders'")
    func continentalAdjective() throws {
        let mention = try #require(extractor.extract(document: "European leaders met on Monday.").mentions.first)
        #expect(mention.form == .adjective)
        #expect(mention.place?.id == "r:europe")
    }

    @Test("A place name followed by a feature word is one toponym: 'Orange County'")
    func featureName() {
        #expect(texts("Fires spread across Orange County in the United States.") == ["Orange County", "United States"])
    }

    @Test("The document's countries choose between namesakes: Orange in a US story is the Californian one")
    func documentContext() throws {
        let extraction = extractor.extract(document: "The United States fire service said Orange was safe. The United States sent help to Orange.")
        let oranges = extraction.mentions.filter { $0.text == "Orange" }
        #expect(oranges.count == 2)
        #expect(oranges.allSatisfy { $0.place?.id == "g:orange-us" })
    }

    @Test("A small place in a country the story never names, with no locative word, is dropped: 'Kerrick said'")
    func minorPlaceOutsideContext() {
        let extraction = extractor.extract(document: "The United States economy grew, Kerrick said.")
        #expect(extraction.mentions.map(\.text) == ["United States"])
        #expect(extraction.rejected.contains { $0.text == "Kerrick" })
    }

    @Test("Confidence lies in 0...1 and a clear country beats an ambiguous namesake")
    func confidenceOrder() throws {
        let extraction = extractor.extract(document: "Officials in France and in Orange disagreed.")
        let france = try #require(extraction.mentions.first { $0.text == "France" })
        let orange = try #require(extraction.mentions.first { $0.text == "Orange" })
        #expect((0...1).contains(france.confidence) && (0...1).contains(orange.confidence))
        #expect(france.confidence > orange.confidence)
    }
}
