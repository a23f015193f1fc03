import Testing
import Gazetteer
@testable import Geoparser

/// Places named by a phrase rather than a name, over the bundled gazetteer.
@Suite("Reference phrases")
struct ReferencePhraseTests {
    @Test("a described facility near a deployment country is the country's most prominent facility of that kind")
    func describedAirbase() {
        let extraction = Bundled.extract("The allies plan to base bombers in Romania, where engineers are extending its largest airbase.")
        let base = extraction.mentions("airbase").first
        #expect(base?.place?.id == "icao:LRCK")
        #expect(base?.role == .deployment)
        #expect(base?.evidence.contains("Romania") == true)
        // The country is where the base is, not the deployment site.
        #expect(extraction.mentions("Romania").first?.role == .mention)
        #expect(extraction.place("iso3166:RO")?.roles.contains(.deployment) == false)
    }

    @Test("an adjective modifying a facility noun is not the deployment site: 'a European airbase'")
    func adjectiveIsNotSite() {
        let extraction = Bundled.extract("Canada will send jets to Romania, home to the largest European airbase.")
        #expect(extraction.mentions("European").allSatisfy { $0.role == .mention })
        #expect(extraction.mentions("airbase").first?.place?.id == "icao:LRCK")
    }

    @Test("a facility noun without a describing word or a country stays unrecognised")
    func plainFacilityNoun() {
        let extraction = Bundled.extract("The jets landed at the airbase after dark.")
        #expect(extraction.mentions.isEmpty)
    }

    @Test("a country adjective before 'capital' is the country's capital: 'the Polish capital'")
    func adjectiveCapital() {
        let extraction = Bundled.extract("Talks moved to the Polish capital on Tuesday. The Ukrainian capital was hit by drones.")
        #expect(extraction.mentions("Polish capital").first?.place?.name == "Warsaw")
        #expect(extraction.mentions("Ukrainian capital").first?.place?.name == "Kyiv")
    }

    @Test("names sharing the head noun 'regions' are admin-1 units, each its own mention")
    func coordinatedRegions() {
        let extraction = Bundled.extract("Shelling hit the Sumy, Kharkiv and Odesa regions overnight.")
        for name in ["Sumy", "Kharkiv", "Odesa"] {
            #expect(extraction.mentions(name).first?.place?.kind == .admin1, "\(name)")
        }
    }

    @Test("'the rest of the X region', 'X province' and 'the Donbas' are admin-1 units or regions")
    func singleRegions() {
        let extraction = Bundled.extract("Troops pulled back from the rest of the Kharkiv region. Fighting went on in Kherson province and across the Donbas.")
        #expect(extraction.mentions("Kharkiv").first?.place?.kind == .admin1)
        #expect(extraction.mentions("Kherson").first?.place?.kind == .admin1)
        #expect(extraction.mentions("Donbas").first?.place?.id == "region:donbas")
    }

    @Test("'the occupied territories' is occupied and resolves to the country last said to be occupied")
    func occupiedTerritoriesWithContext() {
        let extraction = Bundled.extract("Russia occupies part of Ukraine. Votes held in the occupied territories were rejected.")
        let collective = extraction.mentions("occupied territories").first
        #expect(collective?.role == .occupied)
        #expect(collective?.place?.id == "iso3166:UA")
    }

    @Test("'the occupied territories' with no occupied country before it is kept unresolved")
    func occupiedTerritoriesAlone() {
        let extraction = Bundled.extract("Observers will not travel to the occupied territories this year.")
        let collective = extraction.mentions("occupied territories").first
        #expect(collective?.role == .occupied)
        #expect(collective != nil && collective?.place == nil)
    }
}
