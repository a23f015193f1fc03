import Testing
import Gazetteer
@testable import Geoparser

/// Roles and rejections over the bundled gazetteer, each from short sentences of our own.
@Suite("Story roles and rejections")
struct StoryRoleTests {
    @Test("'met his counterpart, General X, in Washington DC' is a meeting in the US capital")
    func meetingAcrossAppositive() {
        let extraction = Bundled.extract("The defence secretary met his Polish counterpart, General Anna Nowak, in Washington DC on Friday.")
        let washington = extraction.mentions("Washington DC").first
        #expect(washington?.place?.id == "geonames:4140963")
        #expect(washington?.role == .meeting)
    }

    @Test("'Washington, D.C.' is one span; 'Washington' in a story of US diplomacy is the capital")
    func washington() {
        let comma = Bundled.extract("The envoy flew to Washington, D.C. for talks.")
        #expect(comma.mentions("Washington, D.C.").first?.place?.id == "geonames:4140963")
        let alone = Bundled.extract("American diplomats said Washington would answer the offer from Beijing within days.")
        #expect(alone.mentions("Washington").first?.place?.id == "geonames:4140963")
    }

    @Test("a meeting verb with a place of its own does not reach a later place: 'meet in X, officials in Y said'")
    func meetingVerbStopsAtItsPlace() {
        let extraction = Bundled.extract("The two presidents will meet in Vienna next month, officials in Rome said.")
        #expect(extraction.mentions("Vienna").first?.role == .venue)
        #expect(extraction.mentions("Rome").first?.role == .mention)
    }

    @Test("an abandoned plan to meet somewhere does not make it a venue")
    func abandonedPlan() {
        let extraction = Bundled.extract("An earlier plan to gather in Lisbon fell through.")
        #expect(extraction.mentions("Lisbon").first?.role != .venue)
    }

    @Test("'occupies … of X, including A and B regions': the listed units are occupied")
    func occupiedIncluding() {
        let extraction = Bundled.extract("Russia occupies a fifth of Ukraine, including the Luhansk and Donetsk regions.")
        #expect(extraction.mentions("Ukraine").first?.role == .occupied)
        for name in ["Luhansk", "Donetsk"] {
            let mention = extraction.mentions(name).first
            #expect(mention?.role == .occupied, "\(name)")
            #expect(mention?.place?.kind == .admin1, "\(name)")
        }
        #expect(extraction.mentions("Russia").first?.role == .mention)
    }

    @Test("the Kremlin is a place; a Kremlin aide is at most a mention; the White House as subject is no venue")
    func metonyms() {
        let extraction = Bundled.extract("The Kremlin said the talks were useful. A Kremlin aide gave no date. The White House is considering Vienna as a venue for the talks.")
        #expect(extraction.mentions("Kremlin").count == 2)
        #expect(extraction.mentions("Kremlin").allSatisfy { $0.role == .mention && $0.place?.kind == .facility })
        #expect(extraction.mentions("White House").allSatisfy { $0.role != .venue })
        #expect(extraction.mentions("Vienna").first?.role == .venue)
    }

    @Test("people and organisations are never places, with titles, first names or on their own")
    func peopleAndOrganisations() {
        let extraction = Bundled.extract("""
            Foreign Minister Sergei Lavrov met Ayman Safadi for an hour. Lavrov said little afterwards. \
            Admiral Sir Tony Radakin and General Dan Caine spoke by phone. Nato said it would respond, Fox News reported. \
            The Times said Yuri Ushakov was present.
            """)
        let names = ["Sergei Lavrov", "Lavrov", "Ayman Safadi", "Safadi", "Tony Radakin", "Radakin", "Dan Caine", "Caine",
                     "Nato", "Fox News", "Fox", "The Times", "Times", "Yuri Ushakov", "Ushakov", "Sergei", "Tony", "Dan", "Yuri"]
        let found = extraction.mentions.map(\.text).filter { names.contains($0) }
        #expect(found.isEmpty)
    }

    @Test("binary bytes give no places")
    func binaryBytes() {
        // A fixed pseudo-random byte stream (linear congruential), decoded with replacement characters.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var bytes: [UInt8] = []
        for _ in 0..<60_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes.append(UInt8(truncatingIfNeeded: state >> 33))
        }
        let extraction = Bundled.extract(String(decoding: bytes, as: UTF8.self))
        #expect(extraction.mentions.isEmpty, "\(extraction.mentions.map(\.text))")
    }

    @Test("all capitals: ordinary words are not places, countries still are")
    func allCapitals() {
        let extraction = Bundled.extract("THE CITY WAS PART OF THE DEAL, OFFICIALS IN KYIV SAID. GERMANY AGREED AND THE TALKS WENT DOWN WELL.")
        let texts = extraction.mentions.map(\.text)
        #expect(!texts.contains("CITY") && !texts.contains("PART") && !texts.contains("DOWN"))
        #expect(texts.contains("GERMANY"))
    }
}
