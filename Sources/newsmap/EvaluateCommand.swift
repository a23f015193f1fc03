import ArgumentParser
import Geoparser

/// `newsmap evaluate GOLD.jsonl [--predictions PRED.jsonl] [--json] [--by-type]`: the reference scorer's figures.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score place recognition and resolution against a gold JSONL corpus.",
        discussion: """
            Gives the same figures as the corpus's score.py: precision, recall and F1 with exact and overlap span \
            matching, acc@161 km, mean and median error, AUC, end-to-end acc@161, and how often the chosen place is \
            right per confidence decile. Without --predictions it runs the extractor over the gold texts.
            """
    )

    @Argument(help: "Gold corpus: {\"id\",\"text\",\"toponyms\":[{\"start\",\"end\",\"lat\",\"lon\",\"type\"}]} per line.")
    var gold: String

    @Option(help: "Predictions: {\"id\",\"toponyms\":[{\"start\",\"end\",\"lat\",\"lon\",\"confidence\"}]} per line.")
    var predictions: String?

    @Option(help: "Also write the extractor's predictions to this JSONL file (when it runs).")
    var writePredictions: String?

    @Flag(help: "Break recall and resolution down by gold type.")
    var byType = false

    @Flag(help: "Print one JSON object with every figure.")
    var json = false

    func run() throws {
        do {
            let goldDocuments = try EvaluationFiles.readGold(path: gold)
            let predicted: [PredictedDocument]
            if let predictions {
                predicted = try EvaluationFiles.readPredictions(path: predictions)
            } else {
                let extractor = try ExtractorSetup.extractor()
                predicted = goldDocuments.map { document in
                    PredictionExport.prediction(id: document.id, extraction: extractor.extract(document: document.text))
                }
                if let writePredictions {
                    try PredictionExport.write(predicted, to: writePredictions)
                }
            }
            let report = try Scorer.score(gold: goldDocuments, predictions: predicted)
            for warning in report.warnings.prefix(20) { CommandLineArguments.printError("warning: \(warning)") }
            if json {
                print(report.jsonValue.serialized())
            } else {
                print(report.text(goldName: gold, predictionsName: predictions ?? "newsmap extract", byType: byType))
            }
        } catch let error as GeoparserError {
            throw InputError(error.description)
        }
    }
}
