/// Splits analysed text into tokens that keep their scalar offsets.
///
/// Words are runs of letters, digits and marks, with apostrophes inside them ("O'Brien"); a possessive
/// ending ("Russia's", "Russia’s") becomes its own token so the name ends before it; initialisms written
/// with periods ("U.S.", "D.C.") are one token; hyphens and other punctuation are single tokens.
/// Control characters (NUL included), format characters (U+200B, U+200E …) and whitespace separate tokens.
public enum Tokenizer {
    public static func tokens(of text: ArticleText) -> [Token] { tokens(of: text.scalars) }

    public static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var space = true
        var lineBreak = true
        let n = scalars.count
        while i < n {
            let scalar = scalars[i]
            if isSeparator(scalar) {
                space = true
                if scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" || scalar == "\u{2028}" { lineBreak = true }
                i += 1
                continue
            }
            let start = i
            var kind = TokenKind.punctuation
            if isWordScalar(scalar) {
                if let end = initialismEnd(scalars, from: i) {
                    i = end
                    kind = .initialism
                } else {
                    i += 1
                    while i < n {
                        if isWordScalar(scalars[i]) { i += 1; continue }
                        if isApostrophe(scalars[i]) && i + 1 < n && ScalarClass.isAlphabetic(scalars[i + 1]) {
                            if isPossessiveEnding(scalars, at: i) { break }
                            i += 2
                            continue
                        }
                        break
                    }
                    kind = scalars[start..<i].allSatisfy { ("0"..."9").contains($0) } ? .number : .word
                }
            } else if isApostrophe(scalar) && isPossessiveEnding(scalars, at: i) && !space {
                i += 2
                kind = .possessive
            } else {
                i += 1
            }
            let text = ArticleText.string(scalars[start..<i])
            tokens.append(Token(text: text, range: start..<i, kind: kind, shape: shape(of: scalars[start..<i]),
                                spaceBefore: space, lineBreakBefore: lineBreak))
            space = false
            lineBreak = false
        }
        return tokens
    }

    /// Whitespace, control and format characters.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII: whitespace and controls are exactly the scalars up to the space, and DEL.
        if scalar.value < 128 { return scalar.value <= 32 || scalar.value == 127 }
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator: return true
        default: return false
        }
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 128 { return ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) || (v >= 0x30 && v <= 0x39) }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .decimalNumber, .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    /// `'s` or `’s` at `i`, followed by something that is not a letter.
    static func isPossessiveEnding(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < scalars.count, isApostrophe(scalars[i]), scalars[i + 1] == "s" || scalars[i + 1] == "S" else { return false }
        return i + 2 >= scalars.count || !isWordScalar(scalars[i + 2])
    }

    /// End of an initialism such as "U.S." or "D.C." starting at `i`: single letters each followed by a period, two or more.
    static func initialismEnd(_ scalars: [Unicode.Scalar], from i: Int) -> Int? {
        let n = scalars.count
        func initialAt(_ j: Int) -> Bool { j + 1 < n && ScalarClass.isAlphabetic(scalars[j]) && scalars[j + 1] == "." }
        var j = i
        var letters = 0
        while initialAt(j) {
            letters += 1
            j += 2
        }
        guard letters >= 2 else { return nil }
        if j < n && isWordScalar(scalars[j]) { return nil }
        return j
    }

    static func shape(of slice: ArraySlice<Unicode.Scalar>) -> WordShape {
        var upper = 0, lower = 0
        var firstIsUpper: Bool?
        for scalar in slice {
            if ScalarClass.isUppercase(scalar) {
                upper += 1
                if firstIsUpper == nil { firstIsUpper = true }
            } else if ScalarClass.isLowercase(scalar) {
                lower += 1
                if firstIsUpper == nil { firstIsUpper = false }
            }
        }
        guard let firstIsUpper else { return .other }
        if lower == 0 { return .upper }
        if upper == 0 { return .lower }
        return firstIsUpper ? .capitalised : .other
    }
}
