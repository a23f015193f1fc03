import Gazetteer

/// A span the gazetteer knows, before the text's evidence against it is weighed and before the document's
/// context picks among its candidates.
struct RecognisedSpan {
    var tokens: ClosedRange<Int>
    var form: MentionForm
    /// Places the span may name, best first by the gazetteer's prior (empty: a place that cannot be resolved).
    var candidates: [Candidate]
    /// How sure recognition is that the span is a place at all, 0...1.
    var recognition: Double
    /// Evidence at least this strong rejects the span: weak for obscure places, strong for countries and big cities.
    var rejectionThreshold: Double
    /// Set for spans found by `ReferencePhrases` rather than by name.
    var reference: PhraseReference? = nil
}

/// A capitalised span the recogniser turned down on its own grounds (common word, stray capitals).
struct DeclinedSpan {
    var tokens: ClosedRange<Int>
    var reason: String
}

/// Longest-match scan of a sentence's tokens against the gazetteer's names, the place-word lexicon
/// (abbreviations, regional adjectives), country adjectives and demonyms.
struct NameRecogniser {
    let directory: any PlaceDirectory
    let lexicons: RecognitionLexicons

    /// Lower-case words allowed inside a multi-word name ("Bay of Biscay", "Rostov-on-Don", "Dar es Salaam").
    static let connectors: Set<String> = ["of", "de", "del", "la", "le", "on", "upon", "am", "an", "es", "el", "du", "des", "da", "and"]

    /// Capitalised words that extend a place name into the name of a feature of it ("Orange County",
    /// "Mississippi River", "Korean Peninsula"): the whole span is the toponym.
    static let featureHeads: Set<String> = [
        "county", "river", "street", "avenue", "road", "boulevard", "peninsula", "island", "islands", "lake",
        "mountains", "valley", "bay", "strait", "canal", "bridge", "harbour", "harbor", "province", "region",
        "oblast", "district", "parish", "borough", "township", "coast", "square", "desert", "sea", "gulf",
    ]

    func scan(_ text: AnalysedText) -> (found: [RecognisedSpan], declined: [DeclinedSpan]) {
        var found: [RecognisedSpan] = []
        var declined: [DeclinedSpan] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let casing = text.casing(ofToken: i)
            guard token.isWordLike, token.startsUpper || casing == .allLower else { i += 1; continue }
            var matched = placeWord(at: i, in: text) ?? gazetteerName(at: i, in: text, declined: &declined)
            if matched == nil, token.kind == .word, let word = directory.countryWord(token.text), countryWordIsUsable(at: i, in: text) {
                matched = RecognisedSpan(tokens: i...i, form: word.form == .adjective ? .adjective : .demonym,
                                         candidates: [Candidate(place: word.country, score: 1, matchedName: word.country.name, isPrimaryName: true)],
                                         recognition: 0.9, rejectionThreshold: 1.1)
            }
            if var span = matched {
                let next = span.tokens.upperBound + 1
                if span.form != .demonym, next < tokens.count, tokens[next].sentence == token.sentence, tokens[next].kind == .word,
                   tokens[next].shape == .capitalised, casing == .normal, Self.featureHeads.contains(tokens[next].lowercased)
                {
                    span.tokens = span.tokens.lowerBound...next
                    span.form = .name
                }
                // "Washington, D.C.": a name, a comma and an abbreviation the gazetteer knows together, as one span.
                let comma = span.tokens.upperBound + 1
                if span.form == .name, comma + 1 < tokens.count, tokens[comma].text == ",", tokens[comma + 1].sentence == token.sentence,
                   tokens[comma + 1].kind == .initialism || (tokens[comma + 1].shape == .upper && tokens[comma + 1].text.count <= 3)
                {
                    let joined = text.string(tokens: span.tokens) + " " + tokens[comma + 1].text
                    let together = directory.candidates(for: joined, country: nil, kind: nil, limit: 3)
                    if let first = together.first, span.candidates.contains(where: { $0.place.id == first.place.id }) {
                        span.tokens = span.tokens.lowerBound...(comma + 1)
                        span.candidates = together
                    }
                }
                found.append(span)
                i = span.tokens.upperBound + 1
            } else {
                i += 1
            }
        }
        return (found, declined)
    }

    /// "Calif.", "N.C.", "European", "New Yorkers": the lexicon of words standing for a place.
    func placeWord(at i: Int, in text: AnalysedText) -> RecognisedSpan? {
        let tokens = text.tokens
        for width in [2, 1] where i + width - 1 < tokens.count {
            let last = i + width - 1
            guard tokens[last].isWordLike, tokens[last].sentence == tokens[i].sentence else { continue }
            if width == 2 && (tokens[last].spaceBefore == false || !tokens[last].startsUpper) { continue }
            var ends = [last]
            if last + 1 < tokens.count, tokens[last + 1].text == ".", !tokens[last + 1].spaceBefore { ends.insert(last + 1, at: 0) }
            for end in ends {
                let surface = text.string(tokens: i...end)
                guard let word = lexicons.placeWords[surface] else { continue }
                let candidates = directory.candidates(for: word.placeName, country: word.country, kind: word.kind, limit: 3)
                guard !candidates.isEmpty else { continue }
                return RecognisedSpan(tokens: i...end, form: word.form, candidates: candidates, recognition: 0.85, rejectionThreshold: 1.1)
            }
        }
        return nil
    }

    /// An adjective at a sentence start that is also a common word ("English", "French" are fine; the rule
    /// matters for words such as "Chad" or "Jersey" that the country lexicon does not hold as adjectives).
    func countryWordIsUsable(at i: Int, in text: AnalysedText) -> Bool {
        let token = text.tokens[i]
        if text.casing(ofToken: i) == .allLower { return false }
        return token.shape == .capitalised || token.text.count > 3
    }

    /// The longest gazetteer name starting at token `i`, with the common-word and capitals rules applied.
    func gazetteerName(at i: Int, in text: AnalysedText, declined: inout [DeclinedSpan]) -> RecognisedSpan? {
        let tokens = text.tokens
        let token = tokens[i]
        let casing = text.casing(ofToken: i)
        let longest = max(1, directory.maxNameTokens)
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
            guard directory.hasName(foldedKey: directory.foldedKey(surface)) else { continue }
            let candidates = directory.candidates(for: surface, country: nil, kind: nil, limit: 6)
            guard let best = candidates.first else { continue }
            let single = i == last
            let major = Self.isMajor(best.place)
            if casing == .allLower && !(best.place.kind == .country || best.place.isCapital) { continue }
            // Stray capitals: "BA", "IN" in ordinary prose name a place only when written so in the gazetteer.
            if single, token.shape == .upper, token.kind == .word, casing == .normal || casing == .titleCase,
               !candidates.contains(where: { $0.matchedName == token.text })
            {
                declined.append(DeclinedSpan(tokens: i...last, reason: "capitals not written so in the gazetteer"))
                continue
            }
            if casing == .allUpper, !major, (best.place.population ?? 0) < 100_000 {
                declined.append(DeclinedSpan(tokens: i...last, reason: "all capitals, minor place"))
                continue
            }
            if casing == .allUpper, best.place.kind != .country, best.place.kind != .continent {
                // In capitals every word looks like a name: ordinary words ("CITY", "DOWN", "NORTH WEST") and
                // short scraps ("PRE") need the gazetteer to write them so.
                let words = tokens[i...last].filter(\.isWordLike)
                if words.allSatisfy({ lexicons.commonWords.contains($0.lowercased) }) {
                    declined.append(DeclinedSpan(tokens: i...last, reason: "all capitals, common words"))
                    continue
                }
                if single, token.text.count <= 3, !candidates.contains(where: { $0.matchedName == token.text }) {
                    declined.append(DeclinedSpan(tokens: i...last, reason: "all capitals, short scrap"))
                    continue
                }
            }
            if single, lexicons.commonWords.contains(token.lowercased) {
                let initial = token.isSentenceInitial || token.lineBreakBefore || casing != .normal || Self.followsQuote(i, tokens)
                let inCapitalRun = Self.isCapitalisedWord(i - 1, tokens, sentence: token.sentence) && !tokens[i - 1].isSentenceInitial
                    || Self.isCapitalisedWord(i + 1, tokens, sentence: token.sentence)
                let accepted = initial ? major : (major || ((best.place.population ?? 0) >= 100_000 && !inCapitalRun))
                if !accepted {
                    declined.append(DeclinedSpan(tokens: i...last, reason: "common word '\(token.lowercased)'"))
                    continue
                }
            }
            let recognition = single && lexicons.commonWords.contains(token.lowercased) ? 0.6 : (major ? 0.95 : 0.8)
            return RecognisedSpan(tokens: i...last, form: .name, candidates: candidates, recognition: recognition,
                                  rejectionThreshold: major ? 0.8 : 0.35)
        }
        return nil
    }

    /// Countries, continents, regions, admin-1 units, capitals and cities of a million.
    static func isMajor(_ place: Place) -> Bool {
        switch place.kind {
        case .country, .continent, .region, .admin1: true
        case .city: place.isCapital || (place.population ?? 0) >= 1_000_000
        default: (place.prominence ?? 0) > 0
        }
    }

    static func isCapitalisedWord(_ j: Int, _ tokens: [Token], sentence: Int) -> Bool {
        j >= 0 && j < tokens.count && tokens[j].sentence == sentence && tokens[j].kind == .word && tokens[j].startsUpper
    }

    static func followsQuote(_ i: Int, _ tokens: [Token]) -> Bool {
        i > 0 && ["\"", "\u{201C}", "(", "\u{2018}", "'", ":", "\u{2014}", "-"].contains(tokens[i - 1].text)
    }
}
