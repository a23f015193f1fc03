import Gazetteer

/// Finds the places a document names, resolves them and gives each a role.
///
/// Feed a document in chunks (`DocumentSession`) or whole (`extract`). Recognition is a longest-match scan of
/// capitalised n-grams against the gazetteer's names, a lexicon of abbreviations and regional words, country
/// adjectives and demonyms, with common words and people's and organisations' names weighed out. Resolution
/// happens once the document is read (`DocumentResolver`): the gazetteer's priors, the document's countries,
/// "X, Y" containment and one sense per document.
public struct PlaceExtractor: Sendable {
    public let directory: any PlaceDirectory
    public let firstNames: FirstNameLexicon
    public let lexicons: RecognitionLexicons
    public let newsMapVersion: String

    public init(directory: any PlaceDirectory, firstNames: FirstNameLexicon, lexicons: RecognitionLexicons = RecognitionLexicons(),
                newsMapVersion: String)
    {
        let supplemented = lexicons.extraPlaces.isEmpty && lexicons.countryPoints.isEmpty
            ? directory : SupplementedPlaceDirectory(base: directory, extraPlaces: lexicons.extraPlaces, countryPoints: lexicons.countryPoints)
        self.directory = supplemented is MemoizedPlaceDirectory ? supplemented : MemoizedPlaceDirectory(base: supplemented)
        self.firstNames = firstNames
        self.lexicons = lexicons
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
/// the sentence count, and the mentions found, resolved when the document ends.
///
/// A long document is resolved in windows: once the chunks read since the last window hold `windowScalars`
/// scalars or more, their mentions are resolved and wait in `takeResolved()` for the caller to write out; only a
/// compact sense memory (name → chosen place, country weights) is kept for the windows after, so one sense per
/// document holds across windows and memory stays bounded. A document shorter than a window is resolved whole,
/// at `finish`.
public struct DocumentSession {
    let extractor: PlaceExtractor
    /// Scalars of text after which the chunks read so far are resolved as one window (default 1,048,576).
    public let windowScalars: Int
    private var memory = PersonNameMemory()
    private var senses = SenseMemory()
    private var nextSentence = 0
    private var drafts: [MentionDraft] = []
    private var rejected: [RejectedSpan] = []
    private var scalarsInWindow = 0
    private var resolvedMentions: [Mention] = []
    private var resolvedRejected: [RejectedSpan] = []
    /// The country the document last said was occupied, for "the occupied territories".
    private var lastOccupiedCountry: Place?
    /// Windows resolved before `finish`.
    public private(set) var closedWindows = 0
    /// The most mention drafts held at once (they wait for their window to close): bounded by the window size.
    public private(set) var peakDraftCount = 0

    public init(extractor: PlaceExtractor, windowScalars: Int = 1 << 20) {
        self.extractor = extractor
        self.windowScalars = max(1, windowScalars)
    }

    /// Mentions and rejected spans of the windows closed since the last call, in document order. Their mention
    /// indices in the whole document continue from the mentions taken before.
    public mutating func takeResolved() -> (mentions: [Mention], rejected: [RejectedSpan]) {
        defer {
            resolvedMentions = []
            resolvedRejected = []
        }
        return (resolvedMentions, resolvedRejected)
    }

    /// Reads the next chunk of the document.
    public mutating func consume(_ chunk: ArticleText) {
        analyse(chunk)
        scalarsInWindow += chunk.count
        peakDraftCount = max(peakDraftCount, drafts.count)
        if scalarsInWindow >= windowScalars {
            closeWindow()
            closedWindows += 1
        }
    }

    /// Resolves the drafts held so far and moves them, with the rejected spans, to the resolved output.
    private mutating func closeWindow() {
        let resolved = DocumentResolver.resolve(drafts, memory: &senses)
        var mentions = resolved.mentions
        MostSpecificSite.apply(&mentions)
        resolvedMentions += mentions
        resolvedRejected += rejected + resolved.rejected
        drafts = []
        rejected = []
        scalarsInWindow = 0
    }

    private mutating func analyse(_ chunk: ArticleText) {
        let analysed = AnalysedText(chunk, firstSentence: nextSentence)
        nextSentence += analysed.sentences.count
        let directory = extractor.directory
        let finder = PersonNameFinder(firstNames: extractor.firstNames, commonWords: extractor.lexicons.commonWords) { phrase in
            directory.hasName(foldedKey: directory.foldedKey(phrase))
        }
        let people = finder.names(in: analysed)
        for person in people { memory.remember(person, in: analysed, firstNames: extractor.firstNames) }
        let evidence = NonPlaceEvidenceFinder(people: people, memory: memory)
        let recogniser = NameRecogniser(directory: directory, lexicons: extractor.lexicons)
        let scan = recogniser.scan(analysed)
        let found = ReferencePhrases(directory: directory).apply(scan.found, in: analysed)
        func range(_ tokens: ClosedRange<Int>) -> Range<Int> {
            analysed.text.originalRange(analysed.tokens[tokens.lowerBound].range.lowerBound..<analysed.tokens[tokens.upperBound].range.upperBound)
        }
        for declined in scan.declined {
            let r = range(declined.tokens)
            rejected.append(RejectedSpan(text: analysed.string(tokens: declined.tokens), start: r.lowerBound, end: r.upperBound, reason: declined.reason))
        }
        var accepted: [SentenceMention] = []
        for candidate in found {
            let r = range(candidate.tokens)
            let surface = analysed.string(tokens: candidate.tokens)
            if !NoisyText.keeps(candidate, in: analysed) {
                rejected.append(RejectedSpan(text: surface, start: r.lowerBound, end: r.upperBound, reason: "scrap of non-prose text"))
                continue
            }
            if candidate.form == .name, candidate.reference == nil, let against = evidence.evidence(for: candidate.tokens, in: analysed),
               against.strength >= candidate.rejectionThreshold
            {
                rejected.append(RejectedSpan(text: surface, start: r.lowerBound, end: r.upperBound, reason: "\(against.kind.rawValue): \(against.reason)"))
                continue
            }
            let cue = RoleCueFinder.cue(for: candidate.tokens, in: analysed, form: candidate.reference == .capital ? .name : candidate.form)
            let draft = MentionDraft(
                mention: Mention(text: surface, start: r.lowerBound, end: r.upperBound,
                                 sentence: analysed.tokens[candidate.tokens.lowerBound].sentence, form: candidate.form,
                                 role: cue.role, evidence: cue.evidence, confidence: 0, place: nil),
                candidates: candidate.candidates, recognition: candidate.recognition,
                key: candidate.reference == nil ? directory.foldedKey(surface) : "phrase:\(directory.foldedKey(surface))",
                hasLocativeCue: LocativeContext.precedesPlace(candidate.tokens, in: analysed) || candidate.reference != nil,
                container: LocativeContext.container(after: candidate.tokens, in: analysed, directory: directory))
            accepted.append(SentenceMention(tokens: candidate.tokens, draft: draft, cueRule: cue.rule, reference: candidate.reference))
        }
        RolePropagation.apply(&accepted, in: analysed, lastOccupiedCountry: &lastOccupiedCountry)
        drafts += accepted.map(\.draft)
    }

    /// The extraction of everything consumed and not yet taken with `takeResolved()` (for a document shorter
    /// than a window: the whole document).
    public mutating func finish(report: InputReport = InputReport()) -> Extraction {
        closeWindow()
        let rest = takeResolved()
        return Extraction(mentions: rest.mentions, rejected: rest.rejected, warnings: report.warnings,
                          generator: Generator(newsMapVersion: extractor.newsMapVersion, geoDataVersion: extractor.directory.dataVersion))
    }
}
