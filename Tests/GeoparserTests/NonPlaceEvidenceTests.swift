import Testing
@testable import Geoparser

@Suite("Evidence that a name is a person or an organisation")
struct NonPlaceEvidenceTests {
    func evidence(_ sentence: String, for phrase: String, memory: PersonNameMemory = PersonNameMemory()) -> NonPlaceEvidence? {
        let text = Fixtures.text(sentence)
        let people = PersonNameFinder(firstNames: Fixtures.firstNames).names(in: text)
        var memory = memory
        for person in people { memory.remember(person, in: text, firstNames: Fixtures.firstNames) }
        return NonPlaceEvidenceFinder(people: people, memory: memory).evidence(for: Fixtures.span(phrase, in: text), in: text)
    }

    @Test("a title before a name makes it a person: 'Foreign Minister Sergei Lavrov', 'Mr Vance'")
    func titles() {
        let lavrov = evidence("Foreign Minister Sergei Lavrov arrived on Monday.", for: "Lavrov")
        #expect(lavrov?.kind == .person)
        #expect(lavrov?.reason.contains("Foreign Minister") == true)
        #expect(evidence("The talks were led by Mr Vance.", for: "Vance")?.kind == .person)
    }

    @Test("a first name before a capitalised word makes a person: 'Donald Trump'")
    func firstNames() {
        #expect(evidence("Later Donald Trump spoke.", for: "Trump")?.strength ?? 0 >= 0.8)
    }

    @Test("a first name before a place word is not a person: 'Virginia Beach'")
    func placeHeads() {
        #expect(evidence("Storms hit Virginia Beach overnight.", for: "Virginia Beach") == nil)
    }

    @Test("a country that is also a first name stays a place before a title: 'Jordan Foreign Minister Ayman Safadi'")
    func countryBeforeTitle() {
        #expect(evidence("Jordan Foreign Minister Ayman Safadi spoke.", for: "Jordan") == nil)
    }

    @Test("one sense per document: a bare surname seen earlier in a full name is a person")
    func propagation() {
        let first = Fixtures.text("Foreign Minister Sergei Lavrov flew in.")
        var memory = PersonNameMemory()
        for person in PersonNameFinder(firstNames: Fixtures.firstNames).names(in: first) {
            memory.remember(person, in: first, firstNames: Fixtures.firstNames)
        }
        let later = evidence("Later Lavrov left for Amman.", for: "Lavrov", memory: memory)
        #expect(later?.kind == .person)
        #expect(later?.strength ?? 0 >= 0.8)
    }

    @Test("an organisation word after a name is weak evidence of an organisation: 'Fox News'")
    func organisations() {
        let fox = evidence("He told Fox News on Sunday.", for: "Fox")
        #expect(fox?.kind == .organisation)
        #expect(fox?.strength == 0.5)
    }

    @Test("a verb of saying alone is weak evidence, since countries 'say' things too")
    func sayingVerbs() {
        let said = evidence("The deal was good, Hungary said.", for: "Hungary")
        #expect(said?.kind == .person)
        #expect(said?.strength ?? 1 < 0.5)
    }

    @Test("the first-name lexicon in GeoData loads with thousands of names and frequencies")
    func lexiconFile() throws {
        let root = String(#filePath).split(separator: "/").dropLast(3).joined(separator: "/")
        let lexicon = try FirstNameLexicon.load(lexiconDirectory: "/\(root)/GeoData/lexicons")
        #expect(lexicon.count > 5_000)
        #expect(lexicon.frequency(of: "James") ?? 0 > 3.0)
        #expect(lexicon.contains("Sergei"))
        #expect(!lexicon.contains("Kyiv"))
    }
}
