import Testing
import Gazetteer
import GeoJSON

@Suite("Place kinds, codes and tables")
struct PlaceTablesTests {
    let gazetteer: Gazetteer
    init() throws { gazetteer = try BundledGeoData.gazetteer() }

    @Test("Every kind of place is present, with the fields the contract promises")
    func everyKind() throws {
        let budapest = try #require(gazetteer.place(id: "geonames:3054643"))
        #expect(budapest.kind == .city && budapest.countryCode == "HU" && budapest.isCapital)
        #expect(abs(budapest.coordinate.latitude - 47.49835) < 1e-5 && abs(budapest.coordinate.longitude - 19.04045) < 1e-5)
        #expect((budapest.population ?? 0) > 1_000_000)
        let ukraine = try #require(gazetteer.country(code: "UA"))
        #expect(ukraine.kind == .country && ukraine.id == "iso3166:UA" && ukraine.countryCode == "UA" && ukraine.name == "Ukraine")
        #expect(gazetteer.place(id: "iso3166-2:UA-14")?.kind == .admin1)
        #expect(gazetteer.place(id: "region:black-sea")?.kind == .region)
        #expect(gazetteer.place(id: "geonames:6255148")?.kind == .continent)
        let lrck = try #require(gazetteer.place(id: "icao:LRCK"))
        #expect(lrck.kind == .airbase && lrck.name == "Mihail Kogălniceanu Air Base" && lrck.prominence == 1 && lrck.countryCode == "RO")
        #expect(gazetteer.place(id: "icao:LHBP")?.kind == .airport)
        #expect(gazetteer.place(id: "icao:EGUL")?.kind == .airbase, "RAF Lakenheath is an air base by its name")
        #expect(gazetteer.place(id: "facility:kremlin")?.kind == .facility)
        #expect(gazetteer.place(id: "geonames:0") == nil && gazetteer.place(id: "nothing:here") == nil)
    }

    @Test("Countries are found by alpha-2 and alpha-3 code, with their capitals")
    func countryCodes() {
        #expect(gazetteer.country(code: "UKR")?.id == "iso3166:UA")
        #expect(gazetteer.country(code: "gb")?.name == "United Kingdom")
        #expect(gazetteer.country(code: "XK")?.name == "Kosovo")
        #expect(gazetteer.capital(ofCountry: "UA")?.id == "geonames:703448")
        #expect(gazetteer.capital(ofCountry: "US")?.id == "geonames:4140963")
        #expect(gazetteer.capital(ofCountry: "HU")?.id == "geonames:3054643")
        #expect(gazetteer.country(code: "ZZ") == nil && gazetteer.capital(ofCountry: "ZZ") == nil)
    }

    @Test("Adjectives and demonyms name their country", arguments: [
        ("Ukrainian", "UA", CountryWordForm.adjective), ("Ukrainians", "UA", .demonym), ("Hungarian", "HU", .adjective),
        ("American", "US", .adjective), ("Americans", "US", .demonym), ("British", "GB", .adjective), ("Britons", "GB", .demonym),
        ("Dutch", "NL", .adjective), ("Russian", "RU", .adjective), ("Romanian", "RO", .adjective), ("Poles", "PL", .demonym),
        ("Iraqis", "IQ", .demonym), ("Czech", "CZ", .adjective), ("Ivorian", "CI", .adjective), ("Swiss", "CH", .adjective),
    ])
    func countryWords(word: String, code: String, form: CountryWordForm) throws {
        let found = try #require(gazetteer.countryWord(word))
        #expect(found.country.countryCode == code && found.form == form)
    }

    @Test("A country's own name is not a country word, and ordinary words are not either")
    func notCountryWords() {
        #expect(gazetteer.countryWord("Ukraine") == nil)
        #expect(gazetteer.countryWord("table") == nil)
        #expect(gazetteer.countryWord("") == nil)
    }

    @Test("All 27 Ukrainian units have UA-xx codes; Crimea and Sevastopol are Ukrainian de jure and Russian de facto")
    func ukraineUnits() throws {
        let codes = ["05", "07", "09", "12", "14", "18", "21", "23", "26", "30", "32", "35", "40", "43", "46", "48", "51",
                     "53", "56", "59", "61", "63", "65", "68", "71", "74", "77"]
        #expect(codes.count == 27)
        for code in codes {
            let unit = try #require(gazetteer.admin1(code: "UA-\(code)"), "UA-\(code)")
            #expect(unit.kind == .admin1 && unit.countryCode == "UA" && unit.admin1Code == "UA-\(code)")
            #expect(gazetteer.boundary(of: unit) != nil)
        }
        for code in ["UA-43", "UA-40"] {
            #expect(gazetteer.admin1(code: code)?.deFactoCountryCode == "RU")
        }
        #expect(gazetteer.admin1(code: "UA-14")?.deFactoCountryCode == nil)
        #expect(gazetteer.admin1(code: "iso3166-2:UA-14")?.name == "Donetsk Oblast")
    }

    @Test("A place knows its admin-1 unit and country")
    func hierarchy() throws {
        let donetsk = try #require(gazetteer.place(id: "geonames:709717"))
        #expect(donetsk.admin1Code == "UA-14")
        #expect(gazetteer.hierarchy(of: donetsk).map(\.id) == ["geonames:709717", "iso3166-2:UA-14", "iso3166:UA"])
        let simferopol = try gazetteer.place(named: "Simferopol")
        #expect(simferopol.admin1Code == "UA-43" && simferopol.countryCode == "UA" && simferopol.deFactoCountryCode == "RU")
        #expect(gazetteer.place(id: "icao:LRCK")?.admin1Code == "RO-CT")
    }

    @Test("Grouping regions list their members and take the union of their boundaries")
    func groupings() throws {
        let baltics = try #require(gazetteer.place(id: "region:baltic-states"))
        #expect(Set(gazetteer.members(of: baltics).compactMap(\.countryCode)) == ["EE", "LV", "LT"])
        let donbas = try #require(gazetteer.place(id: "region:donbas"))
        #expect(Set(gazetteer.members(of: donbas).map(\.id)) == ["iso3166-2:UA-14", "iso3166-2:UA-09"])
        let boundary = try #require(gazetteer.boundary(of: donbas))
        let longitudes = boundary.allPositions.map(\.longitude), latitudes = boundary.allPositions.map(\.latitude)
        // Donetsk and Luhansk oblasts together span roughly 36.5–40.3° E and 46.9–50.1° N.
        #expect((longitudes.min() ?? 0) > 36 && (longitudes.max() ?? 99) < 41)
        #expect((latitudes.min() ?? 0) > 46.5 && (latitudes.max() ?? 99) < 50.5)
        let budapest = try #require(gazetteer.place(id: "geonames:3054643"))
        #expect(gazetteer.boundary(of: budapest) == nil)
    }

    @Test("Country polygons follow the German point of view: Crimea lies inside Ukraine")
    func ukraineIncludesCrimea() throws {
        let country = try #require(gazetteer.country(code: "UA"))
        let ukraine = try #require(gazetteer.boundary(of: country))
        // The southern tip of Crimea (about 44.39° N) is the southernmost point of Ukraine's polygon.
        let south = try #require(ukraine.allPositions.map(\.latitude).min())
        #expect(abs(south - 44.39) < 0.05)
    }

    @Test("Facilities of a kind come most prominent first")
    func facilities() {
        #expect(gazetteer.facilities(ofKind: .airbase, inCountry: "RO").first?.id == "icao:LRCK")
        #expect(gazetteer.facilities(ofKind: .airbase, inCountry: "DE").first?.id == "icao:ETAR")
        #expect(gazetteer.facilities(ofKind: .facility, inCountry: "US").first?.id == "facility:white-house")
        #expect(gazetteer.facilities(ofKind: .airbase, inCountry: "ZZ").isEmpty)
    }
}
