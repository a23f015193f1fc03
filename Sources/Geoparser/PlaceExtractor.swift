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
public struct DocumentSession {
    let extractor: PlaceExtractor
    private var memory = PersonNameMemory()
    private var nextSentence = 0
    private var drafts: [MentionDraft] = []
    private var rejected: [RejectedSpan] = []
    /// The country the document last said was occupied, for "the occupied territories".
    private var lastOccupiedCountry: Place?

    public init(extractor: PlaceExtractor) { self.extractor = extractor }

    /// Reads the next chunk of the document.
    public mutating func consume(_ chunk: ArticleText) {
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

    /// The extraction of everything consumed.
    public func finish(report: InputReport = InputReport()) -> Extraction {
        let resolved = DocumentResolver.resolve(drafts)
        return Extraction(mentions: resolved.mentions, rejected: rejected + resolved.rejected, warnings: report.warnings,
                          generator: Generator(newsMapVersion: extractor.newsMapVersion, geoDataVersion: extractor.directory.dataVersion))
    }
}
