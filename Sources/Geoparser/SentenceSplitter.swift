/// Groups tokens into sentences and marks each token's sentence index and sentence-initial words.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when the next
/// token starts a new sentence (upper case, a digit, an opening quote), and always at a line break.
/// A period after an abbreviation ("Mr.", "Dr.", "St.", "Gen.", "Jan.") or a single initial ("J.") does
/// not end a sentence; an initialism ("U.S.", "D.C.") ends one only when a typical sentence opener follows.
public enum SentenceSplitter {
    /// Token index ranges of the sentences, in order; `tokens` gets `sentence` and `isSentenceInitial` set.
    public static func split(_ tokens: inout [Token], firstSentence: Int = 0) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            if i > start && tokens[i].lineBreakBefore {
                sentences.append(start..<i)
                start = i
            }
            if endsSentence(tokens, at: i) {
                var end = i + 1
                while end < tokens.count && !tokens[end].lineBreakBefore && isClosing(tokens[end].text) { end += 1 }
                if end >= tokens.count || tokens[end].lineBreakBefore || opensSentence(tokens[end]) {
                    sentences.append(start..<end)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        for (index, range) in sentences.enumerated() {
            var initialMarked = false
            for t in range {
                tokens[t].sentence = firstSentence + index
                if !initialMarked && tokens[t].isWordLike {
                    tokens[t].isSentenceInitial = true
                    initialMarked = true
                }
            }
        }
        return sentences
    }

    static func endsSentence(_ tokens: [Token], at i: Int) -> Bool {
        let token = tokens[i]
        switch token.kind {
        case .punctuation:
            switch token.text {
            case "!", "?", "\u{2026}": return true
            case ".":
                guard i > 0, !token.spaceBefore else { return true }
                let previous = tokens[i - 1]
                if previous.kind == .word && abbreviations.contains(previous.lowercased) { return false }
                if previous.kind == .word && previous.text.unicodeScalars.count == 1 && previous.shape == .upper { return false }
                return true
            default: return false
            }
        case .initialism:
            guard i + 1 < tokens.count else { return true }
            let next = tokens[i + 1]
            return next.lineBreakBefore || (next.kind == .word && sentenceOpeners.contains(next.text))
        default:
            return false
        }
    }

    static func isClosing(_ text: String) -> Bool {
        ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{BB}"].contains(text)
    }

    static func opensSentence(_ token: Token) -> Bool {
        if token.startsUpper || token.kind == .number { return true }
        return ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{AB}", "-", "\u{2014}", "\u{2013}"].contains(token.text)
    }

    /// Words whose period does not end a sentence (lower case, without the period).
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr",
        "brig", "gov", "sen", "rep", "pres", "prof", "rev", "hon", "jr", "sr", "inc", "corp", "co", "ltd", "no",
        "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ave", "blvd", "rd", "fig", "approx", "dept", "est", "gov't", "mx", "messrs", "mme", "mlle", "sgt", "cpl",
    ]

    /// Words that typically start a sentence, used after an initialism such as "U.S.".
    static let sentenceOpeners: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In", "On", "At", "This",
        "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "There", "However", "Meanwhile", "If",
        "When", "While", "After", "Before", "As", "Since", "So", "Yet", "Still", "Now", "Then", "Some", "Many",
        "Most", "One", "Two", "Officials", "According",
    ]
}
