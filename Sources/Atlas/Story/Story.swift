import Geoparser

/// One article as the map layers see it: what the geoparser found, and the text of each sentence (for quotes).
public struct Story: Sendable {
    public var extraction: Extraction
    /// Sentence texts, indexed like `Mention.sentence`, with runs of white space collapsed to one space.
    public var sentences: [String]

    public init(extraction: Extraction, sentences: [String]) {
        self.extraction = extraction
        self.sentences = sentences
    }

    /// Reads a whole article (plain text or HTML, detected) with `extractor`.
    ///
    /// ```swift
    /// let story = Story.read("Leaders will meet in Geneva.", with: extractor)
    /// story.sentences[0]   // "Leaders will meet in Geneva."
    /// ```
    public static func read(_ document: String, with extractor: PlaceExtractor) -> Story {
        var report = InputReport()
        report.byteCount = document.utf8.count
        return read(Array(document.unicodeScalars), report: report, with: extractor)
    }

    /// Reads an article from raw bytes: invalid UTF-8 is replaced by U+FFFD and reported in the extraction's
    /// warnings, never a crash.
    public static func read(bytes: [UInt8], with extractor: PlaceExtractor) -> Story {
        let decoded = UTF8Repair.decode(bytes)
        var report = InputReport()
        report.byteCount = bytes.count
        report.replacedSequences = decoded.replacedSequences
        return read(decoded.scalars, report: report, with: extractor)
    }

    private static func read(_ scalars: [Unicode.Scalar], report: InputReport, with extractor: PlaceExtractor) -> Story {
        var report = report
        report.nulBytes = scalars.reduce(0) { $0 + ($1.value == 0 ? 1 : 0) }
        let text: ArticleText
        if HTMLDetector.looksLikeHTML(scalars) {
            report.isHTML = true
            text = HTMLStripper.strip(scalars)
        } else {
            text = ArticleText(plain: scalars)
        }
        let extraction = extractor.extract(text, report: report)
        return Story(extraction: extraction, sentences: SentenceTexts.of(text))
    }

    /// The sentence a mention stands in, or "" when the index is out of range.
    public func sentence(of mention: Mention) -> String {
        sentences.indices.contains(mention.sentence) ? sentences[mention.sentence] : ""
    }
}

/// The text of each sentence of an article, split the way the geoparser splits it (so indices match).
public enum SentenceTexts {
    public static func of(_ text: ArticleText) -> [String] {
        let analysed = AnalysedText(text)
        return analysed.sentences.map { tokenRange in
            guard let first = tokenRange.first, let last = tokenRange.last else { return "" }
            let span = analysed.tokens[first].range.lowerBound..<analysed.tokens[last].range.upperBound
            return collapsingWhiteSpace(text.string(span))
        }
    }

    static func collapsingWhiteSpace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
