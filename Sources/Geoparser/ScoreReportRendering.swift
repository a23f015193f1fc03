import GeoJSON

extension ScoreReport {
    /// Every figure under the reference scorer's JSON keys, plus `confidence_deciles`.
    public var jsonValue: JSONValue {
        func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
        func count(_ value: Int) -> JSONValue { .number(Double(value)) }
        func recognition(_ r: RecognitionFigures) -> JSONValue {
            .object(["precision": number(r.precision), "recall": number(r.recall), "f1": number(r.f1),
                     "tp": count(r.truePositives), "fp": count(r.falsePositives), "fn": count(r.falseNegatives)])
        }
        var object = JSONObject()
        object["gold_docs"] = count(goldDocuments)
        object["pred_docs_scored"] = count(predictedDocumentsScored)
        object["gold_toponyms"] = count(goldToponyms)
        object["gold_with_coordinates"] = count(goldWithCoordinates)
        object["pred_toponyms"] = count(predictedToponyms)
        object["pred_with_coordinates"] = count(predictedWithCoordinates)
        object["recognition"] = .object(["exact": recognition(exact), "overlap": recognition(overlap)])
        let r = resolution
        object["resolution"] = .object([
            "n": count(r.count), "unresolved": count(r.unresolved), "correct161": count(r.correct161),
            "acc161": number(r.acc161), "mean_error_km": number(r.meanErrorKm), "median_error_km": number(r.medianErrorKm),
            "auc": number(r.auc), "mean_error_km_resolved_only": number(r.meanErrorKmResolvedOnly),
        ])
        object["end_to_end"] = .object(["acc161": number(r.endToEndAcc161), "correct161": count(r.correct161),
                                        "gold_with_coordinates": count(goldWithCoordinates)])
        var types = JSONObject()
        for t in byType {
            types[t.type] = .object([
                "gold": count(t.gold), "recall_exact": number(t.recallExact), "recall_overlap": number(t.recallOverlap),
                "tp_exact": count(t.exactMatches), "tp_overlap": count(t.overlapMatches),
                "gold_with_coordinates": count(t.goldWithCoordinates), "resolved_n": count(t.resolution.count),
                "acc161": number(t.resolution.acc161), "end_to_end_acc161": number(t.resolution.endToEndAcc161),
            ])
        }
        object["by_type"] = .object(types)
        object["confidence_deciles"] = .array(confidenceDeciles.map { bin in
            .object(["lower": .number(bin.lower), "upper": .number(bin.upper), "n": count(bin.count),
                     "correct161": count(bin.correct), "acc161": number(bin.accuracy)])
        })
        object["warnings"] = .array(warnings.map { .string($0) })
        return .object(object)
    }

    /// The human report, laid out like the reference scorer's.
    public func text(goldName: String, predictionsName: String, byType showTypes: Bool) -> String {
        func fmt(_ value: Double?, _ digits: Int = 3) -> String {
            guard let value else { return "  n/a" }
            return Self.fixed(value, digits)
        }
        func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        func padRight(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
        var lines: [String] = []
        lines.append("gold \(goldName): \(goldDocuments) docs, \(goldToponyms) toponyms (\(goldWithCoordinates) with coordinates)")
        lines.append("pred \(predictionsName): \(predictedDocumentsScored) docs scored, \(predictedToponyms) toponyms (\(predictedWithCoordinates) with coordinates)")
        lines.append("")
        lines.append("recognition          P      R      F1       TP     FP     FN")
        for (name, r) in [("exact span", exact), ("overlap", overlap)] {
            lines.append("  \(padRight(name, 13)) \(fmt(r.precision))  \(fmt(r.recall))  \(fmt(r.f1))  \(pad(String(r.truePositives), 6)) \(pad(String(r.falsePositives), 6)) \(pad(String(r.falseNegatives), 6))")
        }
        let r = resolution
        lines.append("")
        lines.append("resolution (gold toponyms matched by overlap, with gold coordinates: \(r.count); unresolved: \(r.unresolved), counted as 20,039 km)")
        lines.append("  acc@161km        \(fmt(r.acc161))  (\(r.correct161)/\(r.count))")
        lines.append("  mean error km    \(fmt(r.meanErrorKm, 1))  (resolved only: \(fmt(r.meanErrorKmResolvedOnly, 1)))")
        lines.append("  median error km  \(fmt(r.medianErrorKm, 1))")
        lines.append("  AUC              \(fmt(r.auc))  (lower is better)")
        lines.append("")
        lines.append("end-to-end acc@161km  \(fmt(r.endToEndAcc161))  (\(r.correct161)/\(goldWithCoordinates) gold toponyms with coordinates)")
        if showTypes {
            lines.append("")
            lines.append("by gold type            gold  R exact  R overlap  w/coord  acc@161  e2e@161")
            for t in byType {
                lines.append("  \(padRight(t.type, 20)) \(pad(String(t.gold), 5))  \(pad(fmt(t.recallExact), 7))  \(pad(fmt(t.recallOverlap), 9))  \(pad(String(t.goldWithCoordinates), 7))  \(pad(fmt(t.resolution.acc161), 7))  \(pad(fmt(t.resolution.endToEndAcc161), 7))")
            }
        }
        if confidenceDeciles.contains(where: { $0.count > 0 }) {
            lines.append("")
            lines.append("chosen place right (≤161 km) by confidence decile")
            for bin in confidenceDeciles {
                lines.append("  \(Self.fixed(bin.lower, 1))–\(Self.fixed(bin.upper, 1))  \(pad(String(bin.count), 6))  \(fmt(bin.accuracy))")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `value` with exactly `digits` decimals, rounded half away from zero.
    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int64(scaled / scale)
        var fraction = String(Int64(scaled) - whole * Int64(scale))
        fraction = String(repeating: "0", count: max(0, digits - fraction.count)) + fraction
        return (value < 0 && scaled > 0 ? "-" : "") + String(whole) + (digits > 0 ? "." + fraction : "")
    }
}
