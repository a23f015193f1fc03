import Testing
import GeoJSON
import Proj

@Suite("Use from many tasks")
struct ConcurrencyTests {
    /// Deterministic pseudo-random position pairs (SplitMix64).
    static func pairs(count: Int) -> [(Position, Position)] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
        }
        return (0..<count).map { _ in
            (Position(lat: next() * 180 - 90, lon: next() * 360 - 180), Position(lat: next() * 180 - 90, lon: next() * 360 - 180))
        }
    }

    @Test("100,000 inverses spread over tasks give bit-identical results to a serial run")
    func parallelInverses() async throws {
        let pairs = Self.pairs(count: 100_000)
        let serial = try pairs.map { try Geodesic.wgs84.inverse(from: $0.0, to: $0.1) }
        let chunk = 10_000
        let parallel = try await withThrowingTaskGroup(of: (Int, [GeodesicInverse]).self) { group in
            for start in stride(from: 0, to: pairs.count, by: chunk) {
                let slice = Array(pairs[start..<min(start + chunk, pairs.count)])
                group.addTask { (start, try slice.map { try Geodesic.wgs84.inverse(from: $0.0, to: $0.1) }) }
            }
            var results = [GeodesicInverse?](repeating: nil, count: pairs.count)
            for try await (start, chunkResults) in group {
                for (offset, result) in chunkResults.enumerated() { results[start + offset] = result }
            }
            return results
        }
        #expect(parallel == serial.map(Optional.some))
    }

    @Test("Transformers built in many tasks, each on its own context, agree with one built here")
    func transformersPerTask() async throws {
        let points = (0..<500).map { (x: 20 + Double($0) * 0.01, y: 45 + Double($0) * 0.005) }
        let reference = try CoordinateTransformer(from: "EPSG:4326", to: "EPSG:3035").transform(points)
        let results = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<16 {
                group.addTask {
                    let transformer = try CoordinateTransformer(from: "EPSG:4326", to: "EPSG:3035")
                    return try points.flatMap { point in
                        let result = try transformer.transform(point)
                        return [result.x, result.y]
                    }
                }
            }
            var all: [[Double]] = []
            for try await result in group { all.append(result) }
            return all
        }
        let expected = reference.flatMap { [$0.x, $0.y] }
        #expect(results.count == 16)
        for result in results { #expect(result == expected) }
    }
}
