import Testing
import Gazetteer
import GeoJSON

@Suite("Reverse lookup")
struct ReverseGeocodeTests {
    let gazetteer: Gazetteer
    init() throws { gazetteer = try BundledGeoData.gazetteer() }

    @Test("A point in Sevastopol: the city, the Sevastopol unit in the Crimean Peninsula, Ukraine de jure, Russia de facto")
    func sevastopol() throws {
        let answer = try gazetteer.reverse(Position(lat: 44.6, lon: 33.53))
        #expect(answer.nearestPlace?.name == "Sevastopol")
        #expect((answer.nearestPlaceMeters ?? .infinity) < 5_000)
        #expect(answer.admin1?.id == "iso3166-2:UA-40")
        #expect(answer.country?.id == "iso3166:UA")
        #expect(answer.deFactoCountryCode == "RU")
        #expect(answer.regions.map(\.id).contains("region:crimean-peninsula"))
    }

    @Test("A point in Budapest: Budapest, Hungary, no de facto note")
    func budapest() throws {
        let answer = try gazetteer.reverse(Position(lat: 47.4979, lon: 19.0402))
        #expect(answer.country?.countryCode == "HU")
        #expect(answer.admin1?.countryCode == "HU")
        #expect(answer.deFactoCountryCode == nil)
        // The nearest GeoNames place may be a district; it must lie within 2 km.
        #expect((answer.nearestPlaceMeters ?? .infinity) < 2_000)
    }

    @Test("A point in Donetsk oblast lies in Donbas")
    func donbas() throws {
        let answer = try gazetteer.reverse(Position(lat: 48.0, lon: 37.8))
        #expect(answer.admin1?.id == "iso3166-2:UA-14")
        #expect(answer.regions.map(\.id).contains("region:donbas"))
    }

    @Test("Mid-ocean: no polygon contains the point, but a nearest place is still found")
    func ocean() throws {
        let answer = try gazetteer.reverse(Position(lat: 0, lon: -30))
        #expect(answer.country == nil && answer.admin1 == nil)
        #expect(answer.nearestPlace != nil)
    }

    @Test("Across the antimeridian the nearest place may lie on the other side")
    func antimeridian() throws {
        // Fiji's Taveuni island straddles 180°; a point just east of it finds a place west of the line.
        let answer = try gazetteer.reverse(Position(lat: -16.85, lon: -179.99))
        #expect(answer.nearestPlace?.countryCode == "FJ")
    }
}
