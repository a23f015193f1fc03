import ArgumentParser
import Gazetteer
import GeoJSON
import Geoparser

/// `newsmap extract [FILE|-] [--json] [--ndjson]`: the places an article names, with offsets, roles and confidence.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find the places a news article names, resolve them and tell their role.",
        discussion: """
            Reads plain text or HTML (detected) from FILE or standard input. Offsets are Unicode scalars into the \
            input, end exclusive. With --ndjson, each input line is {"id": …, "text": …} and each output line is \
            the --json object for that article with its "id" (a bad line gives {"id", "error", "line"}).
            """
    )

    @Argument(help: "Article file, or - for standard input.")
    var file: String = "-"

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    @Flag(help: "Read {\"id\",\"text\"} per line and write one JSON object per line, in input order.")
    var ndjson = false

    func run() throws {
        let extractor = try ExtractorSetup.extractor()
        do {
            let source = try ByteSource(path: file)
            if ndjson {
                try runBatch(source, extractor)
                return
            }
            var reader = ArticleReader(source: source)
            var session = DocumentSession(extractor: extractor)
            if json {
                // Streamed: a long document's mentions are written window by window, never held whole.
                var stream = ExtractionJSONStream { print($0, terminator: "") }
                while let chunk = try reader.nextChunk() {
                    session.consume(chunk)
                    let resolved = session.takeResolved()
                    try stream.append(mentions: resolved.mentions, rejected: resolved.rejected)
                }
                let rest = session.finish(report: reader.report)
                for warning in rest.warnings { CommandLineArguments.printError("warning: \(warning)") }
                try stream.append(mentions: rest.mentions, rejected: rest.rejected)
                try stream.finish(warnings: rest.warnings, generator: rest.generator)
                print()
                return
            }
            while let chunk = try reader.nextChunk() { session.consume(chunk) }
            let extraction = session.finish(report: reader.report)
            for warning in extraction.warnings { CommandLineArguments.printError("warning: \(warning)") }
            print(ExtractionTable.render(extraction))
        } catch {
            throw InputError(error.description)
        }
    }

    private func runBatch(_ source: ByteSource, _ extractor: PlaceExtractor) throws(GeoparserError) {
        var records = NDJSONArticles(source: source)
        while let record = try records.next() {
            switch record {
            case .article(let id, let text, _, let report):
                var extraction = extractor.extract(document: text)
                extraction.warnings = report.warnings + extraction.warnings
                print(ExtractionJSON.text(extraction, id: id))
            case .invalid(let id, let line, let reason):
                print(ExtractionJSON.lineError(id: id, line: line, reason: reason).serialized())
            }
        }
    }
}

/// The human table of an extraction.
enum ExtractionTable {
    static func render(_ extraction: Extraction) -> String {
        var rows = [["text", "span", "sent", "form", "role", "place", "country", "conf", "evidence"]]
        for mention in extraction.mentions {
            rows.append([
                mention.text, "\(mention.start)-\(mention.end)", String(mention.sentence), mention.form.rawValue,
                mention.role.rawValue, mention.place?.name ?? "(unresolved)", mention.place?.countryCode ?? "",
                String(Int((mention.confidence * 100).rounded())) + "%", mention.evidence,
            ])
        }
        var widths = rows[0].map { _ in 0 }
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], min(cell.count, 40)) } }
        let lines = rows.map { row in
            row.enumerated().map { k, cell in
                let clipped = cell.count > 40 ? String(cell.prefix(39)) + "…" : cell
                return k == row.count - 1 ? clipped : clipped + String(repeating: " ", count: widths[k] - clipped.count)
            }.joined(separator: "  ")
        }
        let places = extraction.places.map { "\($0.place.name) (\($0.role.rawValue), \($0.mentionCount)×)" }
        return (lines + ["", "\(extraction.mentions.count) mention(s), \(places.count) place(s): " + places.joined(separator: "; ")])
            .joined(separator: "\n")
    }
}

/// Builds the extractor the commands use: the bundled gazetteer and the first-name lexicon.
enum ExtractorSetup {
    static let newsMapVersion = Gazetteer.newsMapVersion

    static func extractor() throws -> PlaceExtractor {
        guard let lexicons = LexiconLocation.lexiconDirectory() else {
            throw InputError("cannot find GeoData/lexicons (set NEWSMAP_GEODATA to the GeoData folder)")
        }
        let firstNames: FirstNameLexicon
        let recognition: RecognitionLexicons
        do {
            firstNames = try FirstNameLexicon.load(lexiconDirectory: lexicons)
            recognition = try RecognitionLexicons.load(lexiconDirectory: lexicons)
        } catch {
            throw InputError(error.description)
        }
        let gazetteer = try GazetteerSetup.gazetteer()
        return PlaceExtractor(directory: gazetteer, firstNames: firstNames, lexicons: recognition, newsMapVersion: newsMapVersion)
    }
}
