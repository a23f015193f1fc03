/// One-to-one matching of gold and predicted spans, as the reference scorer defines it.
enum SpanMatching {
    /// Gold index → predicted index for identical spans; each gold takes the first unused identical prediction.
    static func exact(gold: [GoldToponym], predicted: [PredictedToponym]) -> [Int: Int] {
        var free: [SpanKey: [Int]] = [:]
        for (j, p) in predicted.enumerated() { free[SpanKey(start: p.start, end: p.end), default: []].append(j) }
        var matches: [Int: Int] = [:]
        for (i, g) in gold.enumerated() {
            let key = SpanKey(start: g.start, end: g.end)
            if var list = free[key], !list.isEmpty {
                matches[i] = list.removeFirst()
                free[key] = list
            }
        }
        return matches
    }

    /// Gold index → predicted index: a maximum matching of overlapping spans (augmenting paths, golds in
    /// order), each gold trying exact matches first, then larger overlaps, then closer ends, then earlier predictions.
    static func overlap(gold: [GoldToponym], predicted: [PredictedToponym]) -> [Int: Int] {
        let preferences: [[Int]] = gold.map { g in
            var options: [(exact: Int, overlap: Int, distance: Int, index: Int)] = []
            for (j, p) in predicted.enumerated() {
                let shared = min(g.end, p.end) - max(g.start, p.start)
                guard shared > 0 else { continue }
                let isExact = p.start == g.start && p.end == g.end
                options.append((isExact ? 0 : 1, -shared, abs(p.start - g.start) + abs(p.end - g.end), j))
            }
            options.sort { a, b in
                (a.exact, a.overlap, a.distance, a.index) < (b.exact, b.overlap, b.distance, b.index)
            }
            return options.map(\.index)
        }
        var goldOfPrediction: [Int: Int] = [:]
        func augment(_ i: Int, _ seen: inout Set<Int>) -> Bool {
            for j in preferences[i] where !seen.contains(j) {
                seen.insert(j)
                if let holder = goldOfPrediction[j] {
                    if augment(holder, &seen) {
                        goldOfPrediction[j] = i
                        return true
                    }
                } else {
                    goldOfPrediction[j] = i
                    return true
                }
            }
            return false
        }
        for i in gold.indices where !preferences[i].isEmpty {
            var seen = Set<Int>()
            _ = augment(i, &seen)
        }
        var matches: [Int: Int] = [:]
        for (j, i) in goldOfPrediction { matches[i] = j }
        return matches
    }

    struct SpanKey: Hashable {
        var start: Int
        var end: Int
    }
}
