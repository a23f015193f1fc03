import Atlas
import Gazetteer
import GeoJSON
import Geoparser

/// Places with the GeoNames coordinates the bundled gazetteer uses (FACTS.md), and two hand-made stories: the
/// first story (Budapest venue, MK air base deployment, occupied Donetsk) and a second one (Geneva venue, jets to
/// Rzeszów). Mentions are written out here so these tests do not depend on the geoparser's recognition.
enum Fixtures {
    static func city(_ id: String, _ name: String, _ country: String, lat: Double, lon: Double, capital: Bool = false) -> Place {
        Place(id: id, name: name, kind: .city, countryCode: country, coordinate: Position(lat: lat, lon: lon), isCapital: capital)
    }

    static func country(_ code: String, _ name: String, lat: Double, lon: Double) -> Place {
        Place(id: "iso3166:\(code)", name: name, kind: .country, countryCode: code, coordinate: Position(lat: lat, lon: lon))
    }

    static let budapest = city("geonames:3054643", "Budapest", "HU", lat: 47.49835, lon: 19.04045, capital: true)
    static let kyiv = city("geonames:703448", "Kyiv", "UA", lat: 50.45466, lon: 30.5238, capital: true)
    static let moscow = city("geonames:524901", "Moscow", "RU", lat: 55.75204, lon: 37.61781, capital: true)
    static let washington = city("geonames:4140963", "Washington", "US", lat: 38.89511, lon: -77.03637, capital: true)
    static let sevastopol = city("geonames:694423", "Sevastopol", "UA", lat: 44.60795, lon: 33.52134)
    static let geneva = city("geonames:2660646", "Geneva", "CH", lat: 46.20222, lon: 6.14569)
    static let bern = city("geonames:2661552", "Bern", "CH", lat: 46.94809, lon: 7.44744, capital: true)
    static let warsaw = city("geonames:756135", "Warsaw", "PL", lat: 52.22977, lon: 21.01178, capital: true)
    static let oslo = city("geonames:3143244", "Oslo", "NO", lat: 59.91273, lon: 10.74609, capital: true)
    static let paris = city("geonames:2988507", "Paris", "FR", lat: 48.85341, lon: 2.3488, capital: true)
    static let rzeszow = city("geonames:759734", "Rzeszów", "PL", lat: 50.04132, lon: 21.99901)
    static let lrck = Place(id: "icao:LRCK", name: "Mihail Kogălniceanu Air Base", kind: .airbase, countryCode: "RO",
                            coordinate: Position(lat: 44.3622, lon: 28.4883))
    static let anchorage = city("geonames:5879400", "Anchorage", "US", lat: 61.21806, lon: -149.90028)

    static let ukraine = country("UA", "Ukraine", lat: 49, lon: 32)
    static let russia = country("RU", "Russia", lat: 60, lon: 90)
    static let unitedStates = country("US", "United States", lat: 39.76, lon: -98.5)
    static let hungary = country("HU", "Hungary", lat: 47, lon: 20)
    static let romania = country("RO", "Romania", lat: 46, lon: 25)
    static let switzerland = country("CH", "Switzerland", lat: 47, lon: 8)
    static let poland = country("PL", "Poland", lat: 52, lon: 20)
    static let norway = country("NO", "Norway", lat: 62, lon: 10)
    static let france = country("FR", "France", lat: 46, lon: 2)

    static let donetsk = Place(id: "iso3166-2:UA-14", name: "Donetsk Oblast", kind: .admin1, countryCode: "UA", admin1Code: "UA-14",
                               coordinate: Position(lat: 48.0, lon: 37.8))
    /// A rough box standing in for Donetsk oblast (37.0–39.0 E, 47.0–49.2 N).
    static let donetskBox: GeoJSON.Geometry = .polygon([[
        Position(lat: 47.0, lon: 37.0), Position(lat: 47.0, lon: 39.0), Position(lat: 49.2, lon: 39.0),
        Position(lat: 49.2, lon: 37.0), Position(lat: 47.0, lon: 37.0),
    ]])
    /// A coarse polygon for Ukraine's boundary (enough to test the places layer's boundary feature).
    static let ukraineOutline: GeoJSON.Geometry = .polygon([[
        Position(lat: 45.2, lon: 29.6), Position(lat: 46.6, lon: 35.0), Position(lat: 47.1, lon: 38.2),
        Position(lat: 49.6, lon: 40.1), Position(lat: 52.3, lon: 33.8), Position(lat: 51.5, lon: 24.0),
        Position(lat: 48.3, lon: 22.2), Position(lat: 45.2, lon: 29.6),
    ]])

    static var allPlaces: [Place] {
        [budapest, kyiv, moscow, washington, sevastopol, geneva, bern, warsaw, oslo, paris, rzeszow, lrck, anchorage,
         ukraine, russia, unitedStates, hungary, romania, switzerland, poland, norway, france, donetsk]
    }

    static let lookup = DirectoryPlaceLookup(
        directory: InMemoryPlaceDirectory(entries: allPlaces.map { .init(place: $0, names: [$0.name], score: 0.9) }, dataVersion: "fixture-1"),
        boundaries: [donetsk.id: donetskBox, ukraine.id: ukraineOutline])

    /// A mention of `place` in sentence `sentence`.
    static func mention(_ place: Place, _ sentence: Int, _ role: PlaceRole = .mention, form: MentionForm = .name,
                        evidence: String = "", confidence: Double = 0.9, text: String? = nil) -> Mention {
        Mention(text: text ?? place.name, start: 0, end: 0, sentence: sentence, form: form, role: role,
                evidence: evidence, confidence: confidence, place: place)
    }

    static let generator = Generator(newsMapVersion: "0.1.0", geoDataVersion: "fixture-1")

    /// Our own short version of the first story: Ukraine 5×, Russia 4×, the US 4×, Hungary 2×.
    static var firstStory: Story {
        let sentences = [
            "Moscow rejects talks on Ukraine without Russia.",
            "Washington is looking at Budapest as a location for a summit of the Russian and Ukrainian presidents.",
            "Hungary, the Hungarian government says, would welcome them.",
            "Allies want the United States to station jets at Mihail Kogălniceanu Air Base in Romania.",
            "American officials met US envoys in Washington on Thursday.",
            "Russia occupies parts of Ukraine, including Donetsk Oblast, and Ukrainians oppose any deal.",
            "Ukraine says Russian demands and American pressure will not change that, and Kyiv agrees.",
        ]
        let mentions = [
            mention(moscow, 0), mention(ukraine, 0), mention(russia, 0),
            mention(washington, 1), mention(budapest, 1, .venue, evidence: "looking at Budapest as a location"),
            mention(russia, 1, form: .adjective, text: "Russian"), mention(ukraine, 1, form: .adjective, text: "Ukrainian"),
            mention(hungary, 2), mention(hungary, 2, form: .adjective, text: "Hungarian"),
            mention(unitedStates, 3), mention(lrck, 3, .deployment, evidence: "station jets at"), mention(romania, 3),
            mention(unitedStates, 4, form: .adjective, text: "American"), mention(unitedStates, 4, text: "US"),
            mention(washington, 4, .meeting, evidence: "met in Washington"),
            mention(russia, 5), mention(ukraine, 5, .occupied, evidence: "occupies parts of"),
            mention(donetsk, 5, .occupied, evidence: "occupies … including"),
            mention(ukraine, 5, form: .demonym, text: "Ukrainians"),
            mention(ukraine, 6), mention(russia, 6, form: .adjective, text: "Russian"),
            mention(unitedStates, 6, form: .adjective, text: "American"), mention(kyiv, 6),
        ]
        return Story(extraction: Extraction(mentions: mentions, generator: generator), sentences: sentences)
    }

    /// Our second story: leaders meet in Geneva while Norway sends jets to Rzeszów in Poland.
    static var secondStory: Story {
        let sentences = [
            "Leaders to meet in Geneva as jets head to Poland.",
            "The presidents of France and Switzerland will meet in Geneva, officials in Paris said.",
            "Norway will send jets to Rzeszów, in Poland, and the Norwegian ministry confirmed it.",
            "Polish officials welcomed the Norwegian decision.",
        ]
        let mentions = [
            mention(geneva, 0, .venue, evidence: "meet in Geneva"), mention(poland, 0),
            mention(france, 1), mention(switzerland, 1), mention(geneva, 1, .venue, evidence: "will meet in Geneva"),
            mention(paris, 1, .meeting, evidence: "officials in Paris said"),
            mention(norway, 2), mention(rzeszow, 2, .deployment, evidence: "send jets to"), mention(poland, 2),
            mention(norway, 2, form: .adjective, text: "Norwegian"),
            mention(poland, 3, form: .adjective, text: "Polish"), mention(norway, 3, form: .adjective, text: "Norwegian"),
        ]
        return Story(extraction: Extraction(mentions: mentions, generator: generator), sentences: sentences)
    }
}

/// Reads numbers and strings out of feature properties.
extension JSONObject {
    func number(_ key: String) -> Double? {
        if case .number(let value)? = self[key] { return value }
        return nil
    }

    func string(_ key: String) -> String? {
        if case .string(let value)? = self[key] { return value }
        return nil
    }
}
