import Testing
import Gazetteer
import GeoJSON
@testable import Geoparser

/// A site role (venue, deployment, meeting) goes to the most specific place that plays it; texts of our own.
@Suite("The most specific place wins a site role")
struct MostSpecificSiteTests {
    @Test("'jets head to Poland' and 'jets to Rzeszow, in Poland': Rzeszów is the deployment, Poland a mention")
    func cityWinsDeploymentOverItsCountry() {
        let extraction = Bundled.extract("Allied jets head to Poland this week. Norway will send two fighter jets to Rzeszow, in Poland.")
        let poland = extraction.mentions("Poland")
        #expect(poland.count == 2)
        #expect(poland.allSatisfy { $0.role == .mention && $0.evidence.isEmpty })
        #expect(extraction.place("iso3166:PL")?.role == .mention)
        let rzeszow = extraction.mentions("Rzeszow").first
        #expect(rzeszow?.place?.countryCode == "PL")
        #expect(rzeszow?.role == .deployment)
    }

    @Test("'Switzerland offered to host the summit' and 'meet in Geneva': Geneva is the venue, Switzerland a mention")
    func cityWinsVenueOverItsCountry() {
        let extraction = Bundled.extract("Switzerland offered to host the summit. The two leaders will meet in Geneva in May.")
        let switzerland = extraction.mentions("Switzerland").first
        #expect(switzerland?.role == .mention)
        #expect(switzerland?.evidence == "")
        #expect(extraction.mentions("Geneva").first?.role == .venue)
    }

    @Test("the country keeps its role when the place inside it plays another, or when the site is in another country")
    func containerKeepsItsRoleOtherwise() {
        let otherRole = Bundled.extract("The alliance will send troops to Lithuania. The ministers met in Vilnius on Friday.")
        #expect(otherRole.mentions("Lithuania").first?.role == .deployment)
        #expect(otherRole.mentions("Vilnius").first?.role == .meeting)
        let otherCountry = Bundled.extract("Allied jets head to Poland this week. The two leaders will meet in Geneva in May.")
        #expect(otherCountry.mentions("Poland").first?.role == .deployment)
        #expect(otherCountry.mentions("Geneva").first?.role == .venue)
    }

    @Test("inside: a city, facility or admin-1 unit of the same country; a city with the same admin-1 code")
    func containment() {
        let origin = Position(longitude: 0, latitude: 0)
        let poland = Place(id: "iso3166:PL", name: "Poland", kind: .country, countryCode: "PL", coordinate: origin)
        let unit = Place(id: "iso3166-2:PL-18", name: "Podkarpackie", kind: .admin1, countryCode: "PL", admin1Code: "PL-18", coordinate: origin)
        let city = Place(id: "test:rzeszow", name: "Rzeszów", kind: .city, countryCode: "PL", admin1Code: "PL-18", coordinate: origin)
        let elsewhere = Place(id: "test:krakow", name: "Kraków", kind: .city, countryCode: "PL", admin1Code: "PL-12", coordinate: origin)
        let abroad = Place(id: "test:lviv", name: "Lviv", kind: .city, countryCode: "UA", coordinate: origin)
        #expect(MostSpecificSite.contains(poland, city))
        #expect(MostSpecificSite.contains(poland, unit))
        #expect(MostSpecificSite.contains(unit, city))
        #expect(!MostSpecificSite.contains(unit, elsewhere))
        #expect(!MostSpecificSite.contains(poland, abroad))
        #expect(!MostSpecificSite.contains(city, poland))
        #expect(!MostSpecificSite.contains(poland, poland))
    }
}
