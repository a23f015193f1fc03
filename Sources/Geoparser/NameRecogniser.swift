import Gazetteer

/// A span the gazetteer knows, before the text's evidence against it is weighed.
struct RecognisedSpan {
    var tokens: ClosedRange<Int>
    var form: MentionForm
    var place: Place?
    var confidence: Double
    var alternatives: [Alternative]
    /// Evidence at least this strong rejects the span: weak for obscure places, strong for countries and big cities.
    var rejectionThreshold: Double
}

/// Longest-match scan of a sentence's tokens against the gazetteer's names, plus country adjectives and demonyms.
struct NameRecogniser {
    let directory: any PlaceDirectory

    /// Lower-case words allowed inside a multi-word name ("Bay of Biscay", "Rostov-on-Don", "Dar es Salaam").
    static let connectors: Set<String> = ["of", "de", "del", "la", "le", "on", "upon", "am", "an", "es", "el", "du", "des", "da", "and"]

    func candidates(in text: AnalysedText) -> [RecognisedSpan] {
        var found: [RecognisedSpan] = []
        let tokens = text.tokens
        let longest = max(1, directory.maxNameTokens)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let casing = text.casing(ofToken: i)
            guard token.isWordLike, token.startsUpper || casing == .allLower else { i += 1; continue }
            var matched: RecognisedSpan?
            var end = i
            var words = 0
            var spanEnds: [Int] = []
            while end < tokens.count, tokens[end].sentence == token.sentence, words < longest {
                let t = tokens[end]
                if end > i && t.spaceBefore && t.kind == .punctuation { break }
                if t.isWordLike {
                    if end > i && !t.startsUpper && casing == .normal && !Self.connectors.contains(t.lowercased) { break }
                    words += 1
                    spanEnds.append(end)
                } else if !(t.text == "-" || t.text == "." || t.text == "'" || t.text == "\u{2019}") || t.spaceBefore {
                    break
                }
                end += 1
            }
            for last in spanEnds.reversed() {
                guard tokens[last].isWordLike, tokens[last].startsUpper || casing == .allLower else { continue }
                let surface = text.string(tokens: i...last)
                let key = directory.foldedKey(surface)
                guard directory.hasName(foldedKey: key) else { continue }
                let candidates = directory.candidates(for: surface, country: nil, kind: nil, limit: 4)
                guard let best = candidates.first else { continue }
                if casing == .allLower && !(best.place.kind == .country || best.place.isCapital) { continue }
                let total = candidates.reduce(0) { $0 + $1.score }
                let confidence = total > 0 ? best.score * best.score / total : 0
                let major = best.place.kind == .country || best.place.kind == .admin1 || best.place.isCapital || (best.place.population ?? 0) >= 1_000_000
                matched = RecognisedSpan(
                    tokens: i...last, form: .name, place: best.place, confidence: min(1, max(0, confidence)),
                    alternatives: candidates.dropFirst().map { Alternative(place: $0.place, score: $0.score) },
                    rejectionThreshold: major ? 0.8 : 0.35)
                break
            }
            if matched == nil, token.kind == .word, let word = directory.countryWord(token.text) {
                matched = RecognisedSpan(tokens: i...i, form: word.form == .adjective ? .adjective : .demonym, place: word.country,
                                         confidence: 0.9, alternatives: [], rejectionThreshold: 1.1)
            }
            if let matched {
                found.append(matched)
                i = matched.tokens.upperBound + 1
            } else {
                i += 1
            }
        }
        return found
    }
}
