import CGEOS
import Foundation
import GEOS
import GeoJSON

/// Point-in-polygon throughput: `PreparedGeometry.contains(points:)` against the same work written as a
/// bare C loop over GEOS, plus the unprepared per-point cost on a smaller sample.
func runContainmentBenchmark() {
    let ring = wavyStarRing(vertexCount: 3_000)
    var random = SplitMix64(seed: 0x5EED_2026)
    let extent = (minX: ring.map(\.longitude).min() ?? 0, maxX: ring.map(\.longitude).max() ?? 0,
                  minY: ring.map(\.latitude).min() ?? 0, maxY: ring.map(\.latitude).max() ?? 0)
    let points = (0..<100_000).map { _ in
        Position(longitude: random.uniform(extent.minX, extent.maxX), latitude: random.uniform(extent.minY, extent.maxY))
    }
    print("containment: polygon with \(ring.count - 1) vertices, \(points.count) random points in its envelope")

    do {
        let polygon = try Geometry(.polygon([ring]))
        let clock = ContinuousClock()

        var wrapperAnswers: [Bool] = []
        let prepareTime = try clock.measure { _ = try PreparedGeometry(polygon) }
        let prepared = try PreparedGeometry(polygon)
        let wrapperTimes = try (0..<3).map { _ in
            try clock.measure { wrapperAnswers = try prepared.contains(points: points) }
        }

        var directAnswers: [Bool] = []
        let directTimes = (0..<3).map { _ in clock.measure { directAnswers = directPreparedContains(ring, points) } }

        let sample = Array(points.prefix(2_000))
        var unpreparedAnswers: [Bool] = []
        let unpreparedTime = try clock.measure {
            unpreparedAnswers = try sample.map { try polygon.contains(Geometry(.point($0))) }
        }

        let disagreements = zip(wrapperAnswers, directAnswers).filter { $0 != $1 }.count
            + zip(sample.indices, unpreparedAnswers).filter { wrapperAnswers[$0] != $1 }.count
        let wrapperNs = nanoseconds(wrapperTimes.min() ?? .zero) / Double(points.count)
        let directNs = nanoseconds(directTimes.min() ?? .zero) / Double(points.count)
        let unpreparedNs = nanoseconds(unpreparedTime) / Double(sample.count)
        let inside = wrapperAnswers.filter { $0 }.count
        print("  inside: \(inside) of \(points.count); disagreements wrapper/C/unprepared: \(disagreements)")
        print("  PreparedGeometry init (clone + GEOSPrepare_r): \(format(nanoseconds(prepareTime) / 1_000)) µs")
        print("  PreparedGeometry.contains(points:)  best of 3: \(format(wrapperNs)) ns/point"
              + "  (first call, index build included: \(format(nanoseconds(wrapperTimes[0]) / Double(points.count))))")
        print("  direct C loop (GEOSPrepare_r + GEOSPreparedContains_r) best of 3: \(format(directNs)) ns/point"
              + "  (first: \(format(nanoseconds(directTimes[0]) / Double(points.count))))")
        print("  unprepared Geometry.contains(Geometry(.point)) on \(sample.count) points: \(format(unpreparedNs)) ns/point")
        print("  ratio wrapper / direct C: \(format(wrapperNs / directNs, digits: 3))")
        print("  ratio unprepared / prepared wrapper: \(format(unpreparedNs / wrapperNs, digits: 1))")
    } catch {
        print("containment benchmark failed: \(error)")
    }
}

/// The same work without the wrapper: one context, one prepared polygon, one point created per test.
private func directPreparedContains(_ ring: [Position], _ points: [Position]) -> [Bool] {
    guard let context = GEOS_init_r() else { return [] }
    defer { finishGEOS_r(context) }
    let flat = ring.flatMap { [$0.longitude, $0.latitude] }
    let sequence = flat.withUnsafeBufferPointer {
        GEOSCoordSeq_copyFromBuffer_r(context, $0.baseAddress, UInt32(ring.count), 0, 0)
    }
    guard let shell = GEOSGeom_createLinearRing_r(context, sequence),
          let polygon = GEOSGeom_createPolygon_r(context, shell, nil, 0) else { return [] }
    defer { GEOSGeom_destroy_r(context, polygon) }
    guard let prepared = GEOSPrepare_r(context, polygon) else { return [] }
    defer { GEOSPreparedGeom_destroy_r(context, prepared) }
    var answers = [Bool](repeating: false, count: points.count)
    for (index, point) in points.enumerated() {
        guard let geometry = GEOSGeom_createPointFromXY_r(context, point.longitude, point.latitude) else { continue }
        answers[index] = GEOSPreparedContains_r(context, prepared, geometry) == 1
        GEOSGeom_destroy_r(context, geometry)
    }
    return answers
}

/// A closed star-like ring around (20, 45): radius 8 ± 2 (7 lobes) ± 0.5 (53 ripples), degrees.
private func wavyStarRing(vertexCount: Int) -> [Position] {
    var ring = (0..<vertexCount).map { index in
        let angle = 2 * Double.pi * Double(index) / Double(vertexCount)
        let radius = 8 + 2 * sin(7 * angle) + 0.5 * sin(53 * angle)
        return Position(longitude: 20 + radius * cos(angle), latitude: 45 + radius * sin(angle))
    }
    ring.append(ring[0])
    return ring
}
