#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Precision, recall and F1 of one kind of span match (nil where undefined: no predictions or no gold).
public struct RecognitionFigures: Sendable, Hashable {
    public var truePositives: Int
    public var predicted: Int
    public var gold: Int
    public var precision: Double? { predicted > 0 ? Double(truePositives) / Double(predicted) : nil }
    public var recall: Double? { gold > 0 ? Double(truePositives) / Double(gold) : nil }
    public var f1: Double? {
        guard let p = precision, let r = recall else { return nil }
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }
    public var falsePositives: Int { predicted - truePositives }
    public var falseNegatives: Int { gold - truePositives }
}

/// Geocoding figures over matched gold toponyms with coordinates. Distances in kilometres.
public struct ResolutionFigures: Sendable, Hashable {
    /// Matched gold toponyms with coordinates.
    public var count = 0
    /// Of those, how many had no predicted coordinates (error counted as `Scorer.maximumErrorKm`).
    public var unresolved = 0
    /// Errors ≤ 161 km.
    public var correct161 = 0
    public var acc161: Double?
    public var meanErrorKm: Double?
    public var medianErrorKm: Double?
    /// Normalised area under the sorted log-error curve: 0 perfect, 1 worst.
    public var auc: Double?
    public var meanErrorKmResolvedOnly: Double?
    /// `correct161` over all gold toponyms with coordinates.
    public var endToEndAcc161: Double?

    init(errors: [Double], unresolvedFlags: [Bool], goldWithCoordinates: Int) {
        count = errors.count
        unresolved = unresolvedFlags.filter { $0 }.count
        if count > 0 {
            let sorted = errors.sorted()
            correct161 = sorted.filter { $0 <= Scorer.accuracyRadiusKm }.count
            acc161 = Double(correct161) / Double(count)
            meanErrorKm = sorted.reduce(0, +) / Double(count)
            medianErrorKm = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
            let logs = sorted.map { log1p($0) }
            let normaliser = log(Scorer.maximumErrorKm)
            if count == 1 {
                auc = logs[0] / normaliser
            } else {
                auc = (logs.reduce(0, +) - (logs[0] + logs[count - 1]) / 2) / (Double(count - 1) * normaliser)
            }
            let resolved = zip(errors, unresolvedFlags).filter { !$0.1 }.map(\.0)
            if !resolved.isEmpty { meanErrorKmResolvedOnly = resolved.reduce(0, +) / Double(resolved.count) }
        }
        if goldWithCoordinates > 0 { endToEndAcc161 = Double(correct161) / Double(goldWithCoordinates) }
    }
}

/// Recall and resolution for one gold type ("Literal", "Metonymic" …).
public struct TypeFigures: Sendable, Hashable {
    public var type: String
    public var gold: Int
    public var exactMatches: Int
    public var overlapMatches: Int
    public var goldWithCoordinates: Int
    public var resolution: ResolutionFigures
    public var recallExact: Double? { gold > 0 ? Double(exactMatches) / Double(gold) : nil }
    public var recallOverlap: Double? { gold > 0 ? Double(overlapMatches) / Double(gold) : nil }
}

/// How often the predicted place is right (within 161 km) among matched toponyms whose confidence falls in
/// `lower..<upper` (the last bin includes 1.0).
public struct ConfidenceBin: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
    public var count: Int
    public var correct: Int
    public var accuracy: Double? { count > 0 ? Double(correct) / Double(count) : nil }
}

/// Every figure of one evaluation run, with the reference scorer's definitions.
public struct ScoreReport: Sendable, Hashable {
    public var goldDocuments = 0
    public var predictedDocumentsScored = 0
    public var goldToponyms = 0
    public var goldWithCoordinates = 0
    public var predictedToponyms = 0
    public var predictedWithCoordinates = 0
    public var exact = RecognitionFigures(truePositives: 0, predicted: 0, gold: 0)
    public var overlap = RecognitionFigures(truePositives: 0, predicted: 0, gold: 0)
    public var resolution: ResolutionFigures
    /// By gold type, most frequent first (ties by name).
    public var byType: [TypeFigures] = []
    /// Ten bins of predicted confidence, 0.0–0.1 … 0.9–1.0.
    public var confidenceDeciles: [ConfidenceBin] = []
    public var warnings: [String] = []
}

/// Scores predictions against a gold corpus exactly as `score.py` does (micro-averaged over documents).
public enum Scorer {
    /// IUGG mean Earth radius used by the haversine distance, km.
    public static let earthRadiusKm = 6371.0088
    /// Error of an unresolved toponym and normaliser of the AUC, km.
    public static let maximumErrorKm = 20039.0
    /// Radius of "correct" geocoding (100 miles), km.
    public static let accuracyRadiusKm = 161.0

    /// Great-circle distance on the sphere (haversine), km.
    public static func haversineKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let degree = Double.pi / 180
        let p1 = lat1 * degree, p2 = lat2 * degree
        let dp = p2 - p1, dl = (lon2 - lon1) * degree
        let a = pow(sin(dp / 2), 2) + cos(p1) * cos(p2) * pow(sin(dl / 2), 2)
        return 2 * earthRadiusKm * asin(min(1.0, a.squareRoot()))
    }

    public static func score(gold: [GoldDocument], predictions: [PredictedDocument]) throws(GeoparserError) -> ScoreReport {
        var goldByID: [String: GoldDocument] = [:]
        var goldOrder: [String] = []
        for document in gold {
            guard goldByID[document.id] == nil else { throw .duplicateDocument(path: "gold", id: document.id) }
            goldByID[document.id] = document
            goldOrder.append(document.id)
        }
        var warnings: [String] = []
        var predictedByID: [String: [PredictedToponym]] = [:]
        var predictedIDs = Set<String>()
        for document in predictions {
            if predictedIDs.contains(document.id) {
                warnings.append("pred: document '\(document.id)' appears more than once; toponyms merged")
            }
            predictedIDs.insert(document.id)
            for span in document.ignoredSpans { warnings.append("pred: document '\(document.id)': empty or negative span \(span) ignored") }
            predictedByID[document.id, default: []].append(contentsOf: document.toponyms)
        }
        let unknown = predictedIDs.subtracting(goldOrder).sorted()
        if !unknown.isEmpty { warnings.append("pred: \(unknown.count) document id(s) not in gold, ignored") }
        let missing = goldOrder.filter { !predictedIDs.contains($0) }.count
        if missing > 0 { warnings.append("pred: \(missing) gold document(s) absent from PRED (scored as no predictions)") }

        var report = ScoreReport(resolution: ResolutionFigures(errors: [], unresolvedFlags: [], goldWithCoordinates: 0))
        var exactTP = 0, overlapTP = 0
        var errors: [Double] = [], unresolved: [Bool] = []
        var types: [String: (gold: Int, exact: Int, overlap: Int, withCoordinates: Int, errors: [Double], unresolved: [Bool])] = [:]
        var bins = (0..<10).map { ConfidenceBin(lower: Double($0) / 10, upper: Double($0 + 1) / 10, count: 0, correct: 0) }
        var badCoordinates = 0
        for id in goldOrder {
            guard let document = goldByID[id] else { continue }
            let goldSpans = document.toponyms
            let predicted = predictedByID[id] ?? []
            let textLength = document.text.unicodeScalars.count
            for p in predicted {
                if textLength > 0 && p.end > textLength { warnings.append("pred: document '\(id)': span \(p.start):\(p.end) beyond the text (\(textLength))") }
                if p.hadCoordinates && !p.hasCoordinate { badCoordinates += 1 }
                if p.hasCoordinate { report.predictedWithCoordinates += 1 }
            }
            report.goldToponyms += goldSpans.count
            report.predictedToponyms += predicted.count
            let exactMatches = SpanMatching.exact(gold: goldSpans, predicted: predicted)
            let overlapMatches = SpanMatching.overlap(gold: goldSpans, predicted: predicted)
            exactTP += exactMatches.count
            overlapTP += overlapMatches.count
            for (i, g) in goldSpans.enumerated() {
                var entry = types[g.type] ?? (0, 0, 0, 0, [], [])
                defer { types[g.type] = entry }
                entry.gold += 1
                if exactMatches[i] != nil { entry.exact += 1 }
                if overlapMatches[i] != nil { entry.overlap += 1 }
                guard let gc = g.coordinate else { continue }
                report.goldWithCoordinates += 1
                entry.withCoordinates += 1
                guard let j = overlapMatches[i] else { continue }
                let p = predicted[j]
                let error: Double
                if let lat = p.latitude, let lon = p.longitude {
                    error = haversineKm(gc.latitude, gc.longitude, lat, lon)
                } else {
                    error = maximumErrorKm
                }
                errors.append(error)
                unresolved.append(!p.hasCoordinate)
                entry.errors.append(error)
                entry.unresolved.append(!p.hasCoordinate)
                if let confidence = p.confidence, confidence.isFinite {
                    let bin = min(9, max(0, Int((confidence * 10).rounded(.down))))
                    bins[bin].count += 1
                    if error <= accuracyRadiusKm { bins[bin].correct += 1 }
                }
            }
        }
        if badCoordinates > 0 {
            warnings.append("pred: \(badCoordinates) toponym(s) with non-numeric or out-of-range lat/lon, treated as unresolved")
        }
        report.goldDocuments = goldOrder.count
        report.predictedDocumentsScored = predictedIDs.intersection(goldOrder).count
        report.exact = RecognitionFigures(truePositives: exactTP, predicted: report.predictedToponyms, gold: report.goldToponyms)
        report.overlap = RecognitionFigures(truePositives: overlapTP, predicted: report.predictedToponyms, gold: report.goldToponyms)
        report.resolution = ResolutionFigures(errors: errors, unresolvedFlags: unresolved, goldWithCoordinates: report.goldWithCoordinates)
        report.byType = types.map { name, t in
            TypeFigures(type: name, gold: t.gold, exactMatches: t.exact, overlapMatches: t.overlap, goldWithCoordinates: t.withCoordinates,
                        resolution: ResolutionFigures(errors: t.errors, unresolvedFlags: t.unresolved, goldWithCoordinates: t.withCoordinates))
        }.sorted { ($0.gold, $1.type) > ($1.gold, $0.type) }
        report.confidenceDeciles = bins
        report.warnings = warnings
        return report
    }
}
