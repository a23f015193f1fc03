/// Closest known names to an unknown one, for "did you mean …" messages.
extension Gazetteer {
    /// Up to `limit` known names closest to `name`: names within a small edit distance (1 for up to 4 letters,
    /// 2 up to 8, else 3) and names that start with it, nearest first, then by how likely the place is meant.
    /// Each is given as its best place's name. Scans every key: meant for error paths, not hot loops.
    /// When nothing is that close, the search widens once to a third of the name's length (at most 6 edits), so a
    /// badly misspelt name still gets the nearest names the gazetteer has.
    public func suggestions(for name: String, limit: Int = 3) -> [String] {
        let query = Array(Self.foldedKey(name).utf8)
        guard !query.isEmpty, limit > 0 else { return [] }
        let threshold = query.count <= 4 ? 1 : query.count <= 8 ? 2 : 3
        let names = suggestions(for: query, threshold: threshold, limit: limit)
        let widened = min(6, query.count / 3)
        guard names.isEmpty, widened > threshold else { return names }
        return suggestions(for: query, threshold: widened, limit: limit)
    }

    private func suggestions(for query: [UInt8], threshold: Int, limit: Int) -> [String] {
        var found: [(distance: Int, key: Int)] = []
        var previous = [Int](repeating: 0, count: query.count + 1)
        var current = previous
        for k in 0..<index.keyCount {
            let key = index.keyBytes(k)
            let lower = index.keyIsLowercasedName(k)
            if key.count >= query.count + 1, query.count >= 4, Self.hasPrefix(key, query, lower: lower) {
                found.append((threshold, k))
                continue
            }
            guard abs(key.count - query.count) <= threshold else { continue }
            if let distance = Self.editDistance(key, lower: lower, query, limit: threshold, &previous, &current) {
                found.append((distance, k))
            }
        }
        // Nearest first; a few hundred keys are plenty to choose three names from.
        found.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.key < $1.key }
        var ranked: [(distance: Int, score: Double, name: String)] = []
        for (distance, k) in found.prefix(300) {
            guard let best = candidates(for: index.key(k), limit: 1).first else { continue }
            ranked.append((distance, best.score, best.place.name))
        }
        ranked.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.score > $1.score }
        var names: [String] = []
        for entry in ranked where !names.contains(entry.name) {
            names.append(entry.name)
            if names.count == limit { break }
        }
        return names
    }

    private static func hasPrefix(_ key: UnsafeRawBufferPointer.SubSequence, _ query: [UInt8], lower: Bool) -> Bool {
        var i = key.startIndex
        for q in query {
            var b = key[i]
            if lower, b >= 65, b <= 90 { b += 32 }
            if b != q { return false }
            i += 1
        }
        return true
    }

    /// Levenshtein distance over bytes, or nil once it must exceed `limit`.
    private static func editDistance(
        _ key: UnsafeRawBufferPointer.SubSequence, lower: Bool, _ query: [UInt8], limit: Int,
        _ previous: inout [Int], _ current: inout [Int]
    ) -> Int? {
        for j in 0...query.count { previous[j] = j }
        var row = 0
        for var b in key {
            row += 1
            if lower, b >= 65, b <= 90 { b += 32 }
            current[0] = row
            var rowMinimum = row
            for j in 1...query.count {
                let substitution = previous[j - 1] + (query[j - 1] == b ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[query.count] <= limit ? previous[query.count] : nil
    }
}
