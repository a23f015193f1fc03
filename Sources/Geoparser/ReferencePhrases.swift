import Gazetteer

/// Phrases that name a place without its name, found once the names of a sentence are known:
///
/// - a country adjective before "capital" ("the Hungarian capital") is the country's capital;
/// - names sharing a lower-case head noun of administrative units ("the Donetsk and Kherson regions",
///   "Kherson province") are admin-1 units;
/// - a descriptive facility reference ("its largest airbase", "the country's main airport") near a country
///   named in the same sentence is that country's most prominent facility of the kind, and takes over the
///   country's deployment cue (the country is where, the facility is the site);
/// - "the occupied territories" is a collective mention of occupied ground.
struct ReferencePhrases {
    let directory: any PlaceDirectory

    static let adminHeads: Set<String> = ["region", "regions", "province", "provinces", "oblast", "oblasts", "oblasti", "governorate", "governorates"]
    /// Facility nouns (lower case, one or two words) and the gazetteer kind they name.
    static let facilityNouns: [([String], PlaceKind)] = [
        (["air", "base"], .airbase), (["airbase"], .airbase), (["air", "-", "base"], .airbase), (["airfield"], .airbase),
        (["airport"], .airport),
    ]
    /// Words that make a facility noun phrase describe one particular facility ("its largest", "the main").
    static let describing: Set<String> = [
        "largest", "biggest", "main", "principal", "key", "only", "major", "chief", "busiest", "largest-ever",
        "its", "their", "country's", "nation's", "country’s", "nation’s",
    ]
    static let collectiveHeads: Set<String> = ["territories", "territory", "areas", "lands", "regions"]

    func apply(_ found: [RecognisedSpan], in text: AnalysedText) -> [RecognisedSpan] {
        var spans = capitals(found, in: text)
        spans = adminUnits(spans, in: text)
        spans += facilities(spans, in: text)
        spans += collectives(spans, in: text)
        return spans.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: the Hungarian capital

    func capitals(_ found: [RecognisedSpan], in text: AnalysedText) -> [RecognisedSpan] {
        found.map { span in
            let next = span.tokens.upperBound + 1
            guard span.form == .adjective, next < text.tokens.count, text.tokens[next].sentence == text.tokens[span.tokens.lowerBound].sentence,
                  text.tokens[next].lowercased == "capital", let country = span.candidates.first?.place, country.kind == .country,
                  let code = country.countryCode, let capital = directory.capital(ofCountry: code)
            else { return span }
            var extended = span
            extended.tokens = span.tokens.lowerBound...next
            extended.candidates = [Candidate(place: capital, score: 1, matchedName: capital.name, isPrimaryName: true)]
            extended.reference = .capital
            return extended
        }
    }

    // MARK: the Donetsk and Kherson regions

    func adminUnits(_ found: [RecognisedSpan], in text: AnalysedText) -> [RecognisedSpan] {
        var spans = found
        var sharesHead = Array(repeating: false, count: spans.count)
        for k in spans.indices.reversed() where spans[k].form == .name {
            let after = spans[k].tokens.upperBound + 1
            if after < text.tokens.count, Self.adminHeads.contains(text.tokens[after].lowercased), text.tokens[after].shape == .lower {
                sharesHead[k] = true
            } else if k + 1 < spans.count, sharesHead[k + 1], Self.joins(spans[k].tokens.upperBound + 1, spans[k + 1].tokens.lowerBound, in: text) {
                sharesHead[k] = true
            }
        }
        for k in spans.indices where sharesHead[k] {
            let surface = text.string(tokens: spans[k].tokens)
            let units = directory.candidates(for: surface, country: nil, kind: .admin1, limit: 3)
            if !units.isEmpty { spans[k].candidates = units }
        }
        return spans
    }

    /// Only list punctuation and conjunctions between two tokens: ", ", " and ", ", and ", " or ".
    static func joins(_ from: Int, _ to: Int, in text: AnalysedText) -> Bool {
        guard from < to, to - from <= 2 else { return false }
        return (from..<to).allSatisfy { [",", "and", "or", "&"].contains(text.tokens[$0].lowercased) }
    }

    // MARK: its largest airbase

    func facilities(_ found: [RecognisedSpan], in text: AnalysedText) -> [RecognisedSpan] {
        var added: [RecognisedSpan] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            guard let (words, kind) = Self.facilityNouns.first(where: { Self.matches($0.0, at: i, in: tokens) }) else { i += 1; continue }
            let noun = i...(i + words.count - 1)
            defer { i = noun.upperBound + 1 }
            let sentence = tokens[i].sentence
            if found.contains(where: { $0.tokens.overlaps(noun) }) { continue }
            // The words before the noun, back to a determiner: adjectives, superlatives, a country adjective.
            var first = i
            var describes = false
            while first - 1 >= 0, tokens[first - 1].sentence == sentence, i - (first - 1) <= 4, tokens[first - 1].isWordLike || tokens[first - 1].kind == .possessive {
                let word = tokens[first - 1].lowercased
                if Self.describing.contains(word) || (word.hasSuffix("est") && !word.hasSuffix("west") && word.count > 5) { describes = true }
                if tokens[first - 1].kind == .possessive, first - 2 >= 0, Self.describing.contains(tokens[first - 2].lowercased + word) { describes = true }
                if ["the", "a", "an", "its", "their"].contains(word) { first -= 1; break }
                first -= 1
            }
            guard describes else { continue }
            // The country: an adjective inside the phrase ("a Romanian airbase"), else the nearest one named before it.
            let inside = found.last { $0.tokens.lowerBound >= first && $0.tokens.upperBound < i && $0.candidates.first?.place.kind == .country }
            let before = found.last { $0.tokens.upperBound < first && tokens[$0.tokens.lowerBound].sentence == sentence && $0.candidates.first?.place.kind == .country }
            guard let anchor = inside ?? before, let code = anchor.candidates.first?.place.countryCode,
                  let facility = directory.facilities(ofKind: kind, inCountry: code).first
            else { continue }
            var span = RecognisedSpan(tokens: noun, form: .name,
                                      candidates: [Candidate(place: facility, score: 1, matchedName: facility.name, isPrimaryName: false)],
                                      recognition: 0.75, rejectionThreshold: 1.1)
            span.reference = .facility(country: anchor.tokens, phrase: min(anchor.tokens.lowerBound, first)...noun.upperBound)
            added.append(span)
        }
        return added
    }

    static func matches(_ words: [String], at i: Int, in tokens: [Token]) -> Bool {
        guard i + words.count <= tokens.count else { return false }
        for (k, word) in words.enumerated() {
            let token = tokens[i + k]
            guard token.lowercased == word, token.shape == .lower || token.kind == .punctuation else { return false }
            if k > 0 && token.sentence != tokens[i].sentence { return false }
        }
        return true
    }

    // MARK: the occupied territories

    func collectives(_ found: [RecognisedSpan], in text: AnalysedText) -> [RecognisedSpan] {
        let tokens = text.tokens
        var added: [RecognisedSpan] = []
        for i in tokens.indices.dropLast() where tokens[i].lowercased == "occupied" && tokens[i].shape == .lower {
            let head = i + 1
            guard tokens[head].sentence == tokens[i].sentence, Self.collectiveHeads.contains(tokens[head].lowercased), tokens[head].shape == .lower,
                  i > 0, tokens[i - 1].lowercased == "the", !found.contains(where: { $0.tokens.contains(head) })
            else { continue }
            var span = RecognisedSpan(tokens: i...head, form: .name, candidates: [], recognition: 0.7, rejectionThreshold: 1.1)
            span.reference = .occupiedTerritories
            added.append(span)
        }
        return added
    }
}

/// How a span found by `ReferencePhrases` refers to its place.
enum PhraseReference: Hashable {
    /// A facility described near the country at `country`; `phrase` runs from the country to the facility noun.
    case facility(country: ClosedRange<Int>, phrase: ClosedRange<Int>)
    /// "the Hungarian capital": the phrase names the capital itself, so it takes roles as a name does.
    case capital
    /// "the occupied territories": resolved to the country the document last said was occupied, else unresolved.
    case occupiedTerritories
}
