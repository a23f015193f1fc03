import Testing
import Gazetteer
@testable import Geoparser

/// The example article in `GeoData/` and the Geneva fixture, end to end over the bundled data.
@Suite("Example articles")
struct ExampleArticleTests {
    static func read(_ relativePath: String) -> String {
        let path = Bundled.packageRoot + "/" + relativePath
        guard let bytes = try? ByteSource(path: path).readAll() else { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }

    static let example = Bundled.extract(read("GeoData/example-article.txt"))
    static let geneva = Bundled.extract(read("Tests/Fixtures/geneva-summit.txt"))

    func role(_ extraction: Extraction, _ id: String) -> PlaceRole? { extraction.place(id)?.role }

    @Test("the story's places with their roles")
    func storyPlaces() {
        let e = Self.example
        #expect(role(e, "geonames:3054643") == .venue)   // Budapest
        #expect(role(e, "icao:LRCK") == .deployment)     // Mihail Kogălniceanu Air Base
        #expect(role(e, "geonames:4140963") == .meeting) // Washington, D.C.
        #expect(e.places.first { $0.place.name == "Amman" }?.role == .meeting)
        #expect(e.mentions("Jordan").first?.place?.id == "iso3166:JO")
    }

    @Test("the deployment site is the base: no country or continent is a deployment")
    func deploymentSite() {
        let deployments = Self.example.places.filter { $0.roles.contains(.deployment) }.map(\.place.id)
        #expect(deployments == ["icao:LRCK"])
    }

    @Test("Ukraine, Crimea and the four oblasts are occupied")
    func occupied() {
        let e = Self.example
        #expect(role(e, "iso3166:UA") == .occupied)
        #expect(e.places.first { $0.place.name == "Crimea" || $0.place.name == "Crimean Peninsula" }?.role == .occupied)
        for oblast in ["Donetsk Oblast", "Luhansk Oblast", "Zaporizhzhia Oblast", "Kherson Oblast"] {
            let entry = e.places.first { $0.place.name == oblast }
            #expect(entry?.place.kind == .admin1, "\(oblast)")
            #expect(entry?.role == .occupied, "\(oblast)")
        }
    }

    @Test("other places the story names are mentions (Geneva and Istanbul may be venues)")
    func otherPlaces() {
        let names = Set(Self.example.places.map(\.place.name))
        for name in ["Geneva", "Istanbul", "London", "Berlin"] { #expect(names.contains(name), "\(name)") }
        #expect(Self.example.places.first { $0.place.name == "London" }?.role == .mention)
    }

    @Test("no person or organisation is among the mentions")
    func noPeople() {
        let forbidden = ["Sergei Lavrov", "Lavrov", "Vladimir Putin", "Putin", "Volodymyr Zelensky", "Zelensky", "Ayman Safadi", "Safadi",
                         "Yuri Ushakov", "Ushakov", "Tony Radakin", "Radakin", "Dan Caine", "Caine", "Nato", "Vladimir"]
        #expect(Self.example.mentions.filter { forbidden.contains($0.text) }.isEmpty)
    }

    @Test("Geneva fixture: Geneva venue, Rzeszów deployment, Oslo meeting, Nairobi no venue")
    func genevaFixture() {
        let e = Self.geneva
        #expect(e.places.first { $0.place.name == "Geneva" }?.role == .venue)
        #expect(e.places.contains { $0.place.name.hasPrefix("Rzeszów") && $0.role == .deployment })
        #expect(e.places.first { $0.place.name == "Oslo" }?.role == .meeting)
        #expect(e.places.first { $0.place.name == "Nairobi" }.map { $0.role != .venue } ?? true)
    }
}
