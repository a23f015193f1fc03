import Testing
@testable import Gazetteer

@Suite("Name folding")
struct NameFoldingTests {
    @Test("Case and diacritics do not matter", arguments: [
        ("Kogălniceanu", "kogalniceanu"), ("BUDAPEST", "budapest"), ("Šiauliai", "siauliai"), ("Ämari", "amari"),
        ("Łask", "lask"), ("Straße", "strasse"), ("Ørland", "orland"), ("Zürich", "zurich"), ("İstanbul", "istanbul"),
    ])
    func caseAndDiacritics(name: String, folded: String) {
        #expect(Gazetteer.foldedKey(name) == folded)
    }

    @Test("Punctuation, apostrophes and dashes fold away", arguments: [
        ("Washington, D.C.", "washington dc"), ("Washington DC", "washington dc"), ("Washington D.C.", "washington dc"),
        ("Elmendorf-Richardson", "elmendorf richardson"), ("Elmendorf–Richardson", "elmendorf richardson"),
        ("Elmendorf Richardson", "elmendorf richardson"), ("L'viv", "lviv"), ("L’viv", "lviv"), ("Côte d'Ivoire", "cote divoire"),
        ("  the   Black Sea  ", "the black sea"), ("U.S.", "us"),
    ])
    func punctuation(name: String, folded: String) {
        #expect(Gazetteer.foldedKey(name) == folded)
    }

    @Test("A name of only punctuation folds to nothing")
    func onlyPunctuation() {
        #expect(Gazetteer.foldedKey(" ,.-– ") == "")
    }

    @Test("Swift folding agrees with the builder's on every name stored in GeoData")
    func agreesWithBuilder() throws {
        let gazetteer = try BundledGeoData.gazetteer()
        let file = gazetteer.index
        var mismatches: [String] = []
        for k in 0..<file.keyCount {
            let key = file.key(k)
            for j in file.postingRange(ofKey: k) {
                let written = file.posting(j, key: key).written
                if Gazetteer.foldedKey(written) != key, mismatches.count < 10 { mismatches.append("\(written) → \(key)") }
            }
        }
        #expect(mismatches.isEmpty, "stored names whose Swift folding differs from their key: \(mismatches)")
    }
}
