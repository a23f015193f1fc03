import Testing
@testable import Geoparser

@Suite("Tokens, sentences and capitals")
struct TextAnalysisTests {
    @Test("a possessive ending is split off so the name ends before it, with straight or curly apostrophe")
    func possessives() {
        for text in ["Russia's army", "Russia\u{2019}s army"] {
            let tokens = Tokenizer.tokens(of: Array(text.unicodeScalars))
            #expect(tokens.map(\.text).first == "Russia")
            #expect(tokens[0].range == 0..<6)
            #expect(tokens[1].kind == .possessive)
        }
        #expect(Tokenizer.tokens(of: Array("O'Brien".unicodeScalars)).map(\.text) == ["O'Brien"])
    }

    @Test("initialisms with periods are single tokens; hyphenated names split at the hyphen")
    func initialisms() {
        let tokens = Tokenizer.tokens(of: Array("The U.S. and D.C. met Elmendorf-Richardson".unicodeScalars))
        #expect(tokens.map(\.text) == ["The", "U.S.", "and", "D.C.", "met", "Elmendorf", "-", "Richardson"])
        #expect(tokens[1].kind == .initialism && tokens[1].range == 4..<8)
    }

    @Test("abbreviations such as Mr., Dr., St. and Gen. do not end a sentence")
    func abbreviations() {
        let text = Fixtures.text("Mr. Smith met Dr. Jones at St. Paul's with Gen. Wood. Then they left.")
        #expect(text.sentences.count == 2)
    }

    @Test("U.S. inside a sentence does not end it; U.S. before a sentence opener does")
    func initialismAtSentenceEnd() {
        #expect(Fixtures.text("The U.S. Senate voted in Washington.").sentences.count == 1)
        #expect(Fixtures.text("Officials flew to the U.S. The talks began.").sentences.count == 2)
    }

    @Test("a line break always ends a sentence, and each sentence's first word is marked")
    func lineBreaks() {
        let text = Fixtures.text("Headline Without Period\nTalks began in Oslo. Rome waited.")
        #expect(text.sentences.count == 3)
        #expect(text.tokens.filter(\.isSentenceInitial).map(\.text) == ["Headline", "Talks", "Rome"])
    }

    @Test("casing: all capitals, all lower case and title-case headlines are told apart from prose")
    func casing() {
        #expect(Fixtures.text("RUSSIA WARNS KYIV OVER TALKS").casing == [.allUpper])
        #expect(Fixtures.text("talks were held in oslo on monday").casing == [.allLower])
        #expect(Fixtures.text("Leaders Pick Budapest For Summit").casing == [.titleCase])
        #expect(Fixtures.text("Leaders picked Budapest for the summit.").casing == [.normal])
    }

    @Test("a capital is informative inside a normal sentence but not on its first word")
    func informativeCapitals() {
        let text = Fixtures.text("Budapest hosted talks with Vienna.")
        #expect(!text.capitalIsInformative(0))
        #expect(text.capitalIsInformative(4))
    }
}
