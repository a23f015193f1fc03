import Testing
@testable import Geoparser

@Suite("Roles from the words around a mention")
struct RoleCueTests {
    func cue(_ sentence: String, _ phrase: String) -> RoleCue {
        let text = Fixtures.text(sentence)
        return RoleCueFinder.cue(for: Fixtures.span(phrase, in: text), in: text)
    }

    @Test("venue: 'X as a location for a possible meeting', 'X offered to host the summit', 'talks could be held in X'")
    func venue() {
        let eyeing = cue("Officials are eyeing Budapest as a location for a possible meeting.", "Budapest")
        #expect(eyeing.role == .venue)
        #expect(eyeing.evidence == "Budapest as a location")
        #expect(cue("Vienna offered to host the summit next month.", "Vienna").role == .venue)
        #expect(cue("Diplomats said the talks could be held in Geneva.", "Geneva").role == .venue)
        #expect(cue("A possible summit in Riyadh was discussed.", "Riyadh").role == .venue)
    }

    @Test("venue: 'host the summit at X', 'hold talks in X'; talks already held in X are a meeting")
    func hostOrHoldAt() {
        let palais = cue("Austria offered to host the summit at the Hofburg palace.", "Hofburg")
        #expect(palais.role == .venue)
        #expect(palais.evidence == "host the summit at the Hofburg")
        #expect(cue("The two sides agreed to hold talks in Doha next week.", "Doha").role == .venue)
        #expect(cue("The two sides held talks in Doha on Monday.", "Doha").role == .meeting)
    }

    @Test("deployment: 'send fighter jets to X', 'based at X', 'X air base', 'troops in X'")
    func deployment() {
        #expect(cue("The alliance will send fighter jets to Romania.", "Romania").role == .deployment)
        #expect(cue("The squadron is based at Ramstein.", "Ramstein").role == .deployment)
        #expect(cue("Planes landed at the Incirlik air base.", "Incirlik").role == .deployment)
        #expect(cue("About 5,000 troops in Poland were put on alert.", "Poland").role == .deployment)
    }

    @Test("meeting: 'met … in X', 'told a joint press conference in X', datelines")
    func meeting() {
        #expect(cue("The generals met their counterparts in Washington on Wednesday.", "Washington").role == .meeting)
        #expect(cue("He told a joint press conference in Amman that talks went well.", "Amman").role == .meeting)
        let dateline = Fixtures.text("Intro line.\nOSLO, Norway (Reuters) - Talks resumed.")
        #expect(RoleCueFinder.cue(for: Fixtures.span("OSLO", in: dateline), in: dateline).rule == "dateline")
    }

    @Test("occupied: 'occupies nearly 20 per cent of X', 'occupied X', 'X, which Russia annexed'; the occupier is not occupied")
    func occupied() {
        #expect(cue("Russia occupies nearly 20 per cent of Ukraine.", "Ukraine").role == .occupied)
        #expect(cue("Russia occupies nearly 20 per cent of Ukraine.", "Russia").role == .mention)
        #expect(cue("Shelling hit occupied Melitopol overnight.", "Melitopol").role == .occupied)
        #expect(cue("Crimea, which Russia annexed in 2014, was quiet.", "Crimea").role == .occupied)
        #expect(cue("Kherson, under Russian control since March, was cut off.", "Kherson").role == .occupied)
    }

    @Test("the strongest cue wins: a venue phrase beats a meeting phrase in the same sentence")
    func strongestWins() {
        #expect(cue("Leaders who met in Paris proposed Geneva as the venue for new talks.", "Geneva").role == .venue)
        #expect(PlaceRole.allCases.sorted() == [.venue, .occupied, .deployment, .meeting, .mention])
    }

    @Test("a plain mention gets no role and no evidence")
    func plainMention() {
        let plain = cue("The weather in Lisbon was mild.", "Lisbon")
        #expect(plain.role == .mention && plain.evidence.isEmpty)
    }
}
