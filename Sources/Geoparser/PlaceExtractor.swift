import Gazetteer

/// Finds the places a document names, resolves them and gives each a role.
///
/// Feed a document in chunks (`DocumentSession`) or whole (`extract`). Recognition here is the first,
/// gazetteer-driven version: a longest-match scan of capitalised n-grams against the gazetteer's names,
/// country adjectives and demonyms, and rejection of spans the text marks as people or organisations.
public struct PlaceExtractor: Sendable {
    public let directory: any PlaceDirectory
    public let firstNames: FirstNameLexicon
    public let newsMapVersion: String

    public init(directory: any PlaceDirectory, firstNames: FirstNameLexicon, newsMapVersion: String) {
        self.directory = directory
        self.firstNames = firstNames
        self.newsMapVersion = newsMapVersion
    }

    /// Extracts from a whole document held in memory.
    public func extract(_ text: ArticleText, report: InputReport = InputReport()) -> Extraction {
        var session = DocumentSession(extractor: self)
        session.consume(text)
        return session.finish(report: report)
    }

    /// Extracts from plain text or HTML given as a string (HTML is detected and stripped).
    public func extract(document: String) -> Extraction {
        let scalars = Array(document.unicodeScalars)
        var report = InputReport()
        report.nulBytes = scalars.reduce(0) { $0 + ($1.value == 0 ? 1 : 0) }
        if HTMLDetector.looksLikeHTML(scalars) {
            report.isHTML = true
            return extract(HTMLStripper.strip(scalars), report: report)
        }
        return extract(ArticleText(plain: scalars), report: report)
    }
}

/// The state of one document read chunk by chunk: person names seen so far (one sense per document),
/// the sentence count, and the mentions found.
public struct DocumentSession {
    let extractor: PlaceExtractor
    private var memory = PersonNameMemory()
    private var nextSentence = 0
    private var mentions: [Mention] = []
    private var rejected: [RejectedSpan] = []

    public init(extractor: PlaceExtractor) { self.extractor = extractor }

    /// Reads the next chunk of the document.
    public mutating func consume(_ chunk: ArticleText) {
        let analysed = AnalysedText(chunk, firstSentence: nextSentence)
        nextSentence += analysed.sentences.count
        let directory = extractor.directory
        let finder = PersonNameFinder(firstNames: extractor.firstNames) { phrase in
            directory.hasName(foldedKey: directory.foldedKey(phrase))
        }
        let people = finder.names(in: analysed)
        for person in people { memory.remember(person, in: analysed, firstNames: extractor.firstNames) }
        let evidence = NonPlaceEvidenceFinder(people: people, memory: memory)
        let recogniser = NameRecogniser(directory: directory)
        for candidate in recogniser.candidates(in: analysed) {
            let range = analysed.text.originalRange(analysed.tokens[candidate.tokens.lowerBound].range.lowerBound..<analysed.tokens[candidate.tokens.upperBound].range.upperBound)
            let surface = analysed.string(tokens: candidate.tokens)
            if candidate.form == .name, let against = evidence.evidence(for: candidate.tokens, in: analysed),
               against.strength >= candidate.rejectionThreshold
            {
                rejected.append(RejectedSpan(text: surface, start: range.lowerBound, end: range.upperBound, reason: "\(against.kind.rawValue): \(against.reason)"))
                continue
            }
            let cue = RoleCueFinder.cue(for: candidate.tokens, in: analysed)
            mentions.append(Mention(
                text: surface, start: range.lowerBound, end: range.upperBound,
                sentence: analysed.tokens[candidate.tokens.lowerBound].sentence, form: candidate.form,
                role: cue.role, evidence: cue.evidence, confidence: candidate.confidence,
                place: candidate.place, alternatives: candidate.alternatives))
        }
    }

    /// The extraction of everything consumed.
    public func finish(report: InputReport = InputReport()) -> Extraction {
        Extraction(mentions: mentions, rejected: rejected, warnings: report.warnings,
                   generator: Generator(newsMapVersion: extractor.newsMapVersion, geoDataVersion: extractor.directory.dataVersion))
    }
}
