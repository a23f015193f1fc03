import GEOS
import Testing

@Suite("Concurrent use")
struct ConcurrencyTests {
    /// Eight diamonds, each shifted by 0.3; every task reuses them as operands.
    static func operands() throws -> [Geometry] {
        try (0..<8).map { k in
            let x = Double(k) * 0.3
            return try Geometry(wkt: "POLYGON((\(x) 0, \(x + 1) 1, \(x) 2, \(x - 1) 1, \(x) 0))")
        }
    }

    static func job(_ index: Int, _ shapes: [Geometry]) throws -> [UInt8] {
        let a = shapes[index % shapes.count]
        let b = shapes[(index * 3 + 1) % shapes.count]
        let c = shapes[(index + 5) % shapes.count]
        return try a.intersection(b).union(c).wkb()
    }

    @Test("1,000 overlays run from many tasks at once equal the same overlays run one by one")
    func parallelOverlaysMatchSerial() async throws {
        let shapes = try Self.operands()
        let serial = try (0..<1000).map { try Self.job($0, shapes) }
        let parallel = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for index in 0..<1000 {
                group.addTask { (index, try Self.job(index, shapes)) }
            }
            var results = [[UInt8]](repeating: [], count: 1000)
            for try await (index, wkb) in group { results[index] = wkb }
            return results
        }
        #expect(parallel == serial)
        // Operand order is mirrored between tasks too (a ∩ b and b ∩ a), which must not deadlock.
        let mirrored = try await withThrowingTaskGroup(of: Bool.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let (a, b) = (shapes[index % 8], shapes[(index + 1) % 8])
                    let pair = index.isMultiple(of: 2) ? (a, b) : (b, a)
                    return try pair.0.intersection(pair.1).equals(b.intersection(a))
                }
            }
            return try await group.reduce(true) { $0 && $1 }
        }
        #expect(mirrored)
    }
}
