/// How a sentence uses capitals, which decides how much a capital letter says about a name.
public enum SentenceCasing: Sendable, Hashable {
    /// Ordinary prose: a capital inside a sentence marks a name.
    case normal
    /// Every word in capitals ("RUSSIA WARNS KYIV"): capitals say nothing.
    case allUpper
    /// Nothing capitalised at all: capitals cannot help; names must stand on their own.
    case allLower
    /// A headline in title case ("Talks Set For Budapest"): most words capitalised, no final period.
    case titleCase

    /// Small words that title case leaves in lower case.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from",
        "as", "is", "are", "was", "were", "be", "vs", "via", "into", "over", "off", "up",
    ]

    /// Classifies the word tokens of one sentence.
    public static func of(_ tokens: ArraySlice<Token>) -> SentenceCasing {
        var words = 0, upper = 0, lower = 0, capitalisedContent = 0, content = 0
        for token in tokens where token.kind == .word || token.kind == .initialism {
            guard token.shape != .other else { continue }
            words += 1
            if token.shape == .upper { upper += 1 }
            if token.shape == .lower { lower += 1 }
            if !functionWords.contains(token.lowercased) {
                content += 1
                if token.startsUpper { capitalisedContent += 1 }
            }
        }
        guard words >= 3 else { return .normal }
        if Double(upper) >= 0.8 * Double(words) && upper >= 3 { return .allUpper }
        if lower == words && words >= 4 { return .allLower }
        let endsWithPeriod = tokens.last.map { [".", "!", "?"].contains($0.text) } ?? false
        if !endsWithPeriod && content >= 3 && Double(capitalisedContent) >= 0.8 * Double(content) { return .titleCase }
        return .normal
    }
}

/// A chunk of article text, tokenised and split into sentences.
public struct AnalysedText: Sendable {
    public let text: ArticleText
    public let tokens: [Token]
    /// Token index ranges, one per sentence.
    public let sentences: [Range<Int>]
    public let casing: [SentenceCasing]
    /// Index of this chunk's first sentence within the whole document.
    public let firstSentence: Int

    public init(_ text: ArticleText, firstSentence: Int = 0) {
        var tokens = Tokenizer.tokens(of: text)
        let sentences = SentenceSplitter.split(&tokens, firstSentence: firstSentence)
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.casing = sentences.map { SentenceCasing.of(tokens[$0]) }
        self.firstSentence = firstSentence
    }

    /// Casing of the sentence a token is in.
    public func casing(ofToken index: Int) -> SentenceCasing {
        let local = tokens[index].sentence - firstSentence
        return casing.indices.contains(local) ? casing[local] : .normal
    }

    /// True when a capital at this token is evidence of a name: inside a normal sentence, not its first word.
    public func capitalIsInformative(_ index: Int) -> Bool {
        casing(ofToken: index) == .normal && !tokens[index].isSentenceInitial
    }

    /// The analysed text from the start of one token to the end of another (inclusive).
    public func string(tokens range: ClosedRange<Int>) -> String {
        text.string(tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound].range.upperBound)
    }
}
