import Gazetteer

/// The words around a candidate that say "this is a place": a locative preposition before it, or a containing
/// state or country after it ("Portland, Maine").
enum LocativeContext {
    static let prepositions: Set<String> = [
        "in", "at", "near", "from", "to", "outside", "across", "around", "toward", "towards", "into", "through",
        "via", "between", "visit", "visited", "of",
    ]

    /// A locative preposition right before the span (or before "the", "downtown", "central").
    static func precedesPlace(_ span: ClosedRange<Int>, in text: AnalysedText) -> Bool {
        var j = span.lowerBound - 1
        let tokens = text.tokens
        if j >= 0, ["the", "downtown", "central", "northern", "southern", "eastern", "western", "rural"].contains(tokens[j].lowercased) { j -= 1 }
        guard j >= 0, tokens[j].sentence == tokens[span.lowerBound].sentence else { return false }
        return prepositions.contains(tokens[j].lowercased)
    }

    /// "X, Y" where Y is an admin-1 unit or country (or a lexicon abbreviation of one): Y's place.
    static func container(after span: ClosedRange<Int>, in text: AnalysedText, directory: any PlaceDirectory) -> Place? {
        let tokens = text.tokens
        let comma = span.upperBound + 1
        guard comma + 1 < tokens.count, tokens[comma].text == ",", tokens[comma + 1].startsUpper,
              tokens[comma + 1].sentence == tokens[span.lowerBound].sentence else { return nil }
        var last = comma + 1
        while last + 1 < tokens.count, last - comma < 3, tokens[last + 1].startsUpper, tokens[last + 1].isWordLike { last += 1 }
        for end in stride(from: last, through: comma + 1, by: -1) {
            var surface = text.string(tokens: (comma + 1)...end)
            if end + 1 < tokens.count, tokens[end + 1].text == ".", !tokens[end + 1].spaceBefore { surface += "." }
            let found = directory.candidates(for: surface, country: nil, kind: nil, limit: 3)
            if let unit = found.first(where: { $0.place.kind == .admin1 || $0.place.kind == .country })?.place { return unit }
        }
        return nil
    }
}
