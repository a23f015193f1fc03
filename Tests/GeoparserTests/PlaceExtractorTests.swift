import Testing
@testable import Geoparser

@Suite("Extraction over a small gazetteer of our own")
struct PlaceExtractorTests {
    let extractor = PlaceExtractor(directory: Fixtures.directory, firstNames: Fixtures.firstNames, newsMapVersion: "test")

    @Test("places are found with offsets into the input, possessives excluded, people rejected")
    func story() {
        let article = "Officials are eyeing Budapest as a location for a possible meeting. Foreign Minister Sergei Lavrov spoke in Jordan. Russia's army occupies nearly 20 per cent of Ukraine. Later Lavrov left."
        let extraction = extractor.extract(document: article)
        let scalars = Array(article.unicodeScalars)
        for mention in extraction.mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
        #expect(extraction.mentions.map(\.text) == ["Budapest", "Jordan", "Russia", "Ukraine"])
        #expect(extraction.mentions.map(\.role) == [.venue, .meeting, .mention, .occupied])
        #expect(extraction.rejected.map(\.text) == ["Lavrov", "Lavrov"])
        #expect(extraction.mentions.map(\.sentence) == [0, 1, 2, 2])
    }

    @Test("multi-word names take the longest match: 'Washington DC', 'Mihail Kogalniceanu Air Base'")
    func longestMatch() {
        let extraction = extractor.extract(document: "Jets flew from Mihail Kogalniceanu Air Base to Washington DC on Monday.")
        #expect(extraction.mentions.map(\.text) == ["Mihail Kogalniceanu Air Base", "Washington DC"])
        #expect(extraction.mentions.first?.role == .deployment)
    }

    @Test("country adjectives and demonyms refer to their country: 'Ukrainian energy facility', 'Ukrainians'")
    func countryWords() {
        let extraction = extractor.extract(document: "A Ukrainian energy facility was hit, and Ukrainians were angry.")
        #expect(extraction.mentions.map(\.form) == [.adjective, .demonym])
        #expect(extraction.mentions.allSatisfy { $0.place?.id == "c:UA" })
    }

    @Test("a person named by first name and surname is rejected even where a town has the surname's name")
    func personOverTown() {
        let extraction = extractor.extract(document: "Yesterday Donald Trump arrived in Washington.")
        #expect(extraction.mentions.map(\.text) == ["Washington"])
        #expect(extraction.rejected.first?.text == "Trump")
    }

    @Test("HTML input: mentions point into the original markup")
    func html() {
        let html = "<html><body><p>Talks in <b>Budapest</b> &amp; Kyiv.</p></body></html>"
        let extraction = extractor.extract(document: html)
        let mention = extraction.mentions.first
        #expect(mention?.text == "Budapest")
        let scalars = Array(html.unicodeScalars)
        if let mention { #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == "Budapest") }
    }

    @Test("all capitals and empty text degrade without crashing or flooding with places")
    func badText() {
        #expect(extractor.extract(document: "").mentions.isEmpty)
        let shouting = extractor.extract(document: "TALKS IN BUDAPEST WILL START ON MONDAY SAYS THE MINISTER")
        #expect(shouting.mentions.count <= 1)
        let lower = extractor.extract(document: "talks in budapest will start on monday says the minister")
        #expect(lower.mentions.count <= 1)
    }

    @Test("places aggregate mentions with the strongest role first and every role listed")
    func placesAggregate() {
        let extraction = extractor.extract(document: "Leaders met in Budapest. Officials proposed Budapest as the venue for talks.")
        let places = extraction.places
        #expect(places.count == 1)
        #expect(places.first?.role == .venue)
        #expect(places.first?.roles == [.venue, .meeting])
        #expect(places.first?.mentionCount == 2)
    }

    @Test("JSON output names the generator and escapes text")
    func json() {
        let extraction = extractor.extract(document: "Talks in \"Budapest\".")
        let rendered = ExtractionJSON.value(extraction, id: "a1").serialized()
        #expect(rendered.hasPrefix("{\"id\":\"a1\",\"mentions\":[{\"text\":\"Budapest\",\"start\":10,\"end\":18,"))
        #expect(rendered.contains("\"generator\":{\"name\":\"NewsMap\",\"newsmap_version\":\"test\",\"geodata_version\":\"test\"}"))
    }
}
