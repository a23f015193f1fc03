/// What a token is made of.
public enum TokenKind: Sendable, Hashable {
    /// Letters (and digits, apostrophes, marks) such as "Kyiv", "O'Brien", "35s".
    case word
    /// Digits only.
    case number
    /// An initialism written with periods: "U.S.", "D.C.", "a.m.".
    case initialism
    /// A possessive ending split off a word: "'s", "’s".
    case possessive
    /// One punctuation or symbol scalar.
    case punctuation
}

/// How a word is capitalised.
public enum WordShape: Sendable, Hashable {
    /// First letter upper case, some lower case after it: "Kyiv", "McDonald".
    case capitalised
    /// Every letter upper case: "NATO", "US", "KYIV".
    case upper
    /// Every letter lower case: "city".
    case lower
    /// Starts lower case with upper case later ("iPhone"), or has no letters.
    case other
}

/// A token with its offsets in the analysed text (Unicode scalars, end exclusive).
public struct Token: Sendable, Hashable {
    public var text: String { didSet { lowercased = Self.lowerCase(text) } }
    /// The text in lower case, for lexicon look-ups (computed once, when the text is set).
    public private(set) var lowercased: String
    public var range: Range<Int>
    public var kind: TokenKind
    public var shape: WordShape
    /// Whitespace (or the start of the text) comes right before it.
    public var spaceBefore: Bool
    /// A line break comes before it (a paragraph start in news text).
    public var lineBreakBefore: Bool
    /// Index of the sentence it belongs to, within the analysed text.
    public var sentence: Int = 0
    /// The first word of its sentence (after any opening quotes or brackets).
    public var isSentenceInitial = false

    public init(text: String, range: Range<Int>, kind: TokenKind, shape: WordShape, spaceBefore: Bool, lineBreakBefore: Bool) {
        self.text = text
        self.lowercased = Self.lowerCase(text)
        self.range = range
        self.kind = kind
        self.shape = shape
        self.spaceBefore = spaceBefore
        self.lineBreakBefore = lineBreakBefore
    }

    /// Words, numbers and initialisms: what names are made of.
    public var isWordLike: Bool { kind == .word || kind == .number || kind == .initialism }

    /// Starts with an upper-case letter ("Kyiv", "NATO", "U.S.").
    public var startsUpper: Bool { shape == .capitalised || shape == .upper }

    /// `text.lowercased()`, sharing the text's storage when it has no ASCII capital and nothing beyond ASCII.
    static func lowerCase(_ text: String) -> String {
        var plain = true
        for byte in text.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) {
            plain = false
            break
        }
        return plain ? text : text.lowercased()
    }
}
