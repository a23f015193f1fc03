import Foundation
import Testing
@testable import Geoparser

@Suite("Scorer")
struct ScorerTests {
    func gold(_ spans: [(Int, Int, Double?, Double?, String)]) -> GoldDocument {
        GoldDocument(id: "d", text: String(repeating: "x", count: 100), toponyms: spans.map {
            GoldToponym(start: $0.0, end: $0.1, name: "", latitude: $0.2, longitude: $0.3, type: $0.4)
        })
    }

    @Test("exact and overlap matching are one-to-one: one prediction covering two gold spans counts once")
    func matching() throws {
        let g = gold([(0, 5, 10, 10, "Literal"), (6, 10, 20, 20, "Literal")])
        let p = PredictedDocument(id: "d", toponyms: [PredictedToponym(start: 0, end: 10, latitude: 10, longitude: 10)])
        let report = try Scorer.score(gold: [g], predictions: [p])
        #expect(report.exact.truePositives == 0)
        #expect(report.overlap.truePositives == 1)
        #expect(report.overlap.precision == 1.0 && report.overlap.recall == 0.5)
        #expect(report.resolution.acc161 == 1.0)
    }

    @Test("an unresolved match gets the maximum error of 20,039 km")
    func unresolved() throws {
        let g = gold([(0, 5, 10, 10, "Literal")])
        let p = PredictedDocument(id: "d", toponyms: [PredictedToponym(start: 0, end: 5, latitude: nil, longitude: nil)])
        let report = try Scorer.score(gold: [g], predictions: [p])
        #expect(report.resolution.unresolved == 1)
        #expect(report.resolution.meanErrorKm == 20039.0)
        #expect(report.resolution.auc.map { abs($0 - log1p(20039.0) / log(20039.0)) < 1e-12 } == true)
    }

    @Test("haversine: one degree of latitude is 111.195 km on the 6371.0088 km sphere (±1 m)")
    func haversine() {
        #expect(abs(Scorer.haversineKm(0, 0, 1, 0) - 111.19508) < 0.001)
    }

    @Test("confidence deciles count matched toponyms and how many were within 161 km")
    func deciles() throws {
        let g = gold([(0, 5, 10, 10, "Literal"), (6, 10, 20, 20, "Literal")])
        let p = PredictedDocument(id: "d", toponyms: [
            PredictedToponym(start: 0, end: 5, latitude: 10, longitude: 10, confidence: 0.95),
            PredictedToponym(start: 6, end: 10, latitude: -20, longitude: 20, confidence: 0.12),
        ])
        let report = try Scorer.score(gold: [g], predictions: [p])
        #expect(report.confidenceDeciles[9].count == 1 && report.confidenceDeciles[9].correct == 1)
        #expect(report.confidenceDeciles[1].count == 1 && report.confidenceDeciles[1].correct == 0)
    }

    static let corpusDirectory: String = {
        let root = String(#filePath).split(separator: "/").dropLast(3).joined(separator: "/")
        return "/\(root)/../shared/corpus"
    }()
    static let referenceAvailable = FileManager.default.fileExists(atPath: corpusDirectory + "/score.py")
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")

    @Test("gives the same figures as the reference score.py on the same predictions",
          .enabled(if: referenceAvailable, "needs ../shared/corpus/score.py and /usr/bin/python3"))
    func matchesReference() throws {
        let goldPath = Self.corpusDirectory + "/gwn.jsonl"
        let gold = try EvaluationFiles.readGold(path: goldPath)
        // Deterministic predictions of our own making: shifted, clipped, merged and missing spans, coordinates
        // moved by different distances, some unresolved.
        var predictions: [PredictedDocument] = []
        var state: UInt64 = 42
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        for document in gold.prefix(120) {
            var toponyms: [PredictedToponym] = []
            for t in document.toponyms {
                switch next() % 6 {
                case 0: continue
                case 1: toponyms.append(PredictedToponym(start: t.start, end: t.end + 2, latitude: t.latitude, longitude: t.longitude, confidence: 0.3))
                case 2: toponyms.append(PredictedToponym(start: t.start, end: t.end, latitude: nil, longitude: nil, confidence: 0.1))
                default:
                    let shift = Double(next() % 400) / 100.0
                    toponyms.append(PredictedToponym(start: t.start, end: t.end, latitude: t.latitude.map { max(-90, min(90, $0 + shift)) },
                                                     longitude: t.longitude, confidence: Double(next() % 100) / 100))
                }
            }
            toponyms.append(PredictedToponym(start: 0, end: 3, latitude: 0, longitude: 0))
            predictions.append(PredictedDocument(id: document.id, toponyms: toponyms))
        }
        let predictionsPath = try TemporaryFile.write(predictions.map(PredictionExport.line).joined(separator: "\n") + "\n")
        let ours = try Scorer.score(gold: gold, predictions: try EvaluationFiles.readPredictions(path: predictionsPath))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.corpusDirectory + "/score.py", goldPath, predictionsPath, "--json", "--by-type"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let reference = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let mine = try #require(try JSONSerialization.jsonObject(with: Data(ours.jsonValue.serialized().utf8)) as? [String: Any])
        var compared = 0
        Self.compare(reference, mine, path: "", compared: &compared)
        #expect(compared > 100)
    }

    /// Every number and null in the reference output must be equal in ours (relative tolerance 1e-12).
    static func compare(_ reference: Any, _ mine: Any?, path: String, compared: inout Int) {
        switch reference {
        case let object as [String: Any]:
            for (key, value) in object where !["warnings", "gold_file", "pred_file"].contains(key) {
                compare(value, (mine as? [String: Any])?[key], path: path + "." + key, compared: &compared)
            }
        case is NSNull:
            #expect(mine is NSNull, "\(path): expected null")
            compared += 1
        case let number as NSNumber:
            let expected = number.doubleValue
            let actual = (mine as? NSNumber)?.doubleValue
            #expect(actual.map { abs($0 - expected) <= 1e-12 * max(1, abs(expected)) } == true, "\(path): \(expected) vs \(String(describing: actual))")
            compared += 1
        default:
            break
        }
    }
}
