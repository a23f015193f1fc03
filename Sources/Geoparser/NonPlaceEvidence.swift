/// What a capitalised span is when it is not a place.
public enum NonPlaceKind: String, Sendable, Hashable {
    case person, organisation
}

/// Evidence in the text that a span names a person or an organisation rather than a place.
public struct NonPlaceEvidence: Sendable, Hashable {
    public var kind: NonPlaceKind
    /// Why, in words: "part of the name 'Sergei Lavrov' (title 'Foreign Minister')".
    public var reason: String
    /// How strongly the text says so, 0...1 (0.9: a title or first name; 0.5: an organisation word after it;
    /// 0.35: only a verb of saying). The recogniser weighs it against how likely the span is a place.
    public var strength: Double

    public init(kind: NonPlaceKind, reason: String, strength: Double) {
        self.kind = kind
        self.reason = reason
        self.strength = strength
    }
}

/// Collects evidence against a candidate span, from the person names found in the document so far.
public struct NonPlaceEvidenceFinder: Sendable {
    public let people: [PersonName]
    public let memory: PersonNameMemory

    public init(people: [PersonName], memory: PersonNameMemory) {
        self.people = people
        self.memory = memory
    }

    /// The strongest evidence that tokens `span` are not a place, or nil.
    public func evidence(for span: ClosedRange<Int>, in text: AnalysedText) -> NonPlaceEvidence? {
        var found: [NonPlaceEvidence] = []
        let tokens = text.tokens
        if let person = people.first(where: { $0.tokens.overlaps(span) }) {
            found.append(NonPlaceEvidence(kind: .person, reason: "part of the name '\(person.text)' (\(person.reason))", strength: 0.9))
        }
        let words = span.filter { tokens[$0].kind == .word && tokens[$0].startsUpper }
        if let word = words.first(where: { memory.fullName(containing: tokens[$0].text) != nil }),
           let fullName = memory.fullName(containing: tokens[word].text),
           fullName.lowercased() != text.string(tokens: span).lowercased() || span.count == 1
        {
            found.append(NonPlaceEvidence(kind: .person, reason: "'\(tokens[word].text)' is part of the name '\(fullName)' earlier", strength: 0.8))
        }
        var after = span.upperBound + 1
        if after < tokens.count && tokens[after].kind == .possessive { after += 1 }
        if span.upperBound + 1 < tokens.count {
            let next = tokens[span.upperBound + 1]
            if next.kind == .word && next.startsUpper && next.sentence == tokens[span.upperBound].sentence
                && NonPlaceLexicon.organisationTails.contains(next.lowercased)
            {
                found.append(NonPlaceEvidence(kind: .organisation, reason: "followed by '\(next.text)'", strength: 0.5))
            }
        }
        let saidAfter = after < tokens.count && NonPlaceLexicon.sayingVerbs.contains(tokens[after].lowercased) && after == span.upperBound + 1
        let before = span.lowerBound - 1
        let saidBefore = before >= 0 && NonPlaceLexicon.sayingVerbs.contains(tokens[before].lowercased)
            && (span.upperBound + 1 >= tokens.count || tokens[span.upperBound + 1].kind == .punctuation)
        if saidAfter || saidBefore {
            let verb = saidAfter ? tokens[after].text : tokens[before].text
            found.append(NonPlaceEvidence(kind: .person, reason: "verb of saying '\(verb)'", strength: 0.35))
        }
        return found.max { $0.strength < $1.strength }
    }
}
