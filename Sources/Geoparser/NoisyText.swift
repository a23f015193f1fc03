/// Text that is mostly not prose (binary bytes, replacement characters, symbol runs) needs more evidence
/// before a capitalised scrap in it counts as a place.
enum NoisyText {
    /// Scalars looked at on either side of a span.
    static let window = 40
    /// Below this share of letters and spaces around a span, the text is noise.
    static let proseShareFloor = 0.7

    /// Share (0...1) of letters and whitespace among the scalars around tokens `span`.
    static func proseShare(around span: ClosedRange<Int>, in text: AnalysedText) -> Double {
        let scalars = text.text.scalars
        let from = max(0, text.tokens[span.lowerBound].range.lowerBound - window)
        let to = min(scalars.count, text.tokens[span.upperBound].range.upperBound + window)
        guard from < to else { return 1 }
        var prose = 0
        for scalar in scalars[from..<to] where ScalarClass.isAlphabetic(scalar) || ScalarClass.isWhitespace(scalar) || ".,'\"-".unicodeScalars.contains(scalar) {
            prose += 1
        }
        return Double(prose) / Double(to - from)
    }

    /// In noisy text only a major place written out in full (four letters or more, standing between spaces)
    /// is kept.
    static func keeps(_ span: RecognisedSpan, in text: AnalysedText) -> Bool {
        guard proseShare(around: span.tokens, in: text) < proseShareFloor else { return true }
        let tokens = text.tokens
        let letters = tokens[span.tokens].reduce(0) { $0 + ($1.isWordLike ? $1.text.unicodeScalars.filter(ScalarClass.isAlphabetic).count : 0) }
        let spaced = tokens[span.tokens.lowerBound].spaceBefore
            && (span.tokens.upperBound + 1 >= tokens.count || tokens[span.tokens.upperBound + 1].spaceBefore || tokens[span.tokens.upperBound + 1].text == ".")
        let major = span.candidates.first.map { NameRecogniser.isMajor($0.place) } ?? false
        return letters >= 4 && spaced && major
    }
}
