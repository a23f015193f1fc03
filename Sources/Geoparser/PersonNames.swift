/// A person's name found in the text, with why it reads as one.
public struct PersonName: Sendable, Hashable {
    /// Token indices of the name itself (title excluded): "Sergei Lavrov".
    public var tokens: ClosedRange<Int>
    public var text: String
    /// "title 'Foreign Minister'", "first name 'Sergei'".
    public var reason: String
}

/// Names already read as people in this document: one sense per document, so a later bare "Lavrov"
/// is the same person as an earlier "Sergei Lavrov".
public struct PersonNameMemory: Sendable {
    /// Lower-cased name word → the full name it was part of.
    private var fullNameByWord: [String: String] = [:]

    public init() {}

    /// Remembers every capitalised word of a person's name except its first name.
    public mutating func remember(_ name: PersonName, in text: AnalysedText, firstNames: FirstNameLexicon) {
        for index in name.tokens {
            let token = text.tokens[index]
            guard token.kind == .word, token.startsUpper else { continue }
            if index == name.tokens.lowerBound && name.tokens.count > 1 && firstNames.contains(token.text) { continue }
            fullNameByWord[token.lowercased] = name.text
        }
    }

    /// The full name a word was seen in, if any.
    public func fullName(containing word: String) -> String? { fullNameByWord[word.lowercased()] }

    public var isEmpty: Bool { fullNameByWord.isEmpty }
}

/// Finds people's names from the words around them: a title before a capitalised word ("Foreign Minister
/// Sergei Lavrov", "Mr Vance"), or a known first name followed by a capitalised word that does not end a
/// place's name ("Donald Trump", but not "Virginia Beach").
public struct PersonNameFinder: Sendable {
    public let firstNames: FirstNameLexicon
    /// Tells whether a capitalised phrase is a known place name (the gazetteer's answer); nil: assume not.
    public let isPlaceName: (@Sendable (String) -> Bool)?

    /// Common lower-case words: "In", "See", "Will" count as first names only mid-sentence and when common as names.
    public let commonWords: Set<String>

    public init(firstNames: FirstNameLexicon, commonWords: Set<String> = [], isPlaceName: (@Sendable (String) -> Bool)? = nil) {
        self.firstNames = firstNames
        self.commonWords = commonWords
        self.isPlaceName = isPlaceName
    }

    /// A known first name that is not more likely an ordinary word in this position.
    func isFirstName(_ token: Token) -> Bool {
        guard let frequency = firstNames.frequency(of: token.text) else { return false }
        guard commonWords.contains(token.lowercased) else { return true }
        return !token.isSentenceInitial && frequency >= 0.1
    }

    /// Names in order of appearance.
    public func names(in text: AnalysedText) -> [PersonName] {
        var names: [PersonName] = []
        let tokens = text.tokens
        var i = 0
        while i < tokens.count {
            guard tokens[i].kind == .word, tokens[i].startsUpper, text.casing(ofToken: i) != .allUpper,
                  !Self.isTitleWord(tokens, at: i) else { i += 1; continue }
            let end = nameEnd(tokens, from: i)
            if let title = titleBefore(tokens, at: i) {
                names.append(PersonName(tokens: i...end, text: text.string(tokens: i...end), reason: "title '\(title)'"))
                i = end + 1
                continue
            }
            if end > i, isFirstName(tokens[i]), !NonPlaceLexicon.placeHeads.contains(tokens[i + 1].lowercased),
               !NonPlaceLexicon.organisationTails.contains(tokens[end].lowercased),
               !(isPlaceName?(text.string(tokens: i...end)) ?? false)
            {
                names.append(PersonName(tokens: i...end, text: text.string(tokens: i...end), reason: "first name '\(tokens[i].text)'"))
                i = end + 1
                continue
            }
            i += 1
        }
        return names
    }

    /// Last token of a run of capitalised words (with initials and name particles) starting at `start`, in one sentence.
    func nameEnd(_ tokens: [Token], from start: Int) -> Int {
        var end = start
        var j = start + 1
        while j < tokens.count, tokens[j].sentence == tokens[start].sentence, !tokens[j].lineBreakBefore {
            let token = tokens[j]
            if token.kind == .word && token.startsUpper {
                if Self.isTitleWord(tokens, at: j) { break }
                end = j
            } else if token.kind == .punctuation && token.text == "." && !token.spaceBefore && tokens[j - 1].text.unicodeScalars.count == 1 {
                // a middle initial: "John F. Kennedy"
            } else if token.kind == .word && NonPlaceLexicon.nameParticles.contains(token.text) && j + 1 < tokens.count && tokens[j + 1].startsUpper {
                // "Mohammed bin Salman"
            } else if token.kind == .punctuation && token.text == "-" && !token.spaceBefore && j + 1 < tokens.count && tokens[j + 1].startsUpper && !tokens[j + 1].spaceBefore {
                // "al-Assad", "Jean-Claude"
            } else {
                break
            }
            j += 1
        }
        // "Trump's" keeps the name; a run ending in a lone initial is cut back.
        return end
    }

    /// A title word, alone or opening a two-word title ("President", "Foreign Minister").
    static func isTitleWord(_ tokens: [Token], at j: Int) -> Bool {
        let word = tokens[j].lowercased
        if NonPlaceLexicon.titles.contains(word) { return true }
        return j + 1 < tokens.count && NonPlaceLexicon.titles.contains(word + " " + tokens[j + 1].lowercased)
    }

    /// The title right before token `i` ("Foreign Minister", "Mr", "Sen."), if any.
    func titleBefore(_ tokens: [Token], at i: Int) -> String? {
        var j = i - 1
        if j >= 0 && tokens[j].text == "." && !tokens[j].spaceBefore { j -= 1 }  // "Dr." "Gen."
        guard j >= 0, tokens[j].kind == .word, tokens[j].sentence == tokens[i].sentence else { return nil }
        var words: [String] = []
        var k = j
        var best: String?
        while k >= 0 && j - k < 4 && tokens[k].sentence == tokens[i].sentence {
            guard tokens[k].kind == .word else { break }
            words.insert(tokens[k].lowercased, at: 0)
            let phrase = words.joined(separator: " ")
            if NonPlaceLexicon.titles.contains(phrase) {
                best = (k...j).map { tokens[$0].text }.joined(separator: " ")
            }
            k -= 1
        }
        return best
    }
}
