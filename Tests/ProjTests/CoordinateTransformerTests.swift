import Testing
import Proj

@Suite("Coordinate transformations through PROJ")
struct CoordinateTransformerTests {
    let budapest = (x: 19.04, y: 47.50)

    @Test("WGS84 → UTM 35N → WGS84 returns to the start within 1e-12°")
    func utmRoundTrip() throws {
        let transformer = try CoordinateTransformer(from: "EPSG:4326", to: "EPSG:32635")
        for point in [(x: 28.4883, y: 44.3622), (x: 30.5238, y: 50.45466), budapest] {
            let projected = try transformer.transform(point)
            let back = try transformer.transform(projected, direction: .inverse)
            #expect(abs(back.x - point.x) <= 1e-12)
            #expect(abs(back.y - point.y) <= 1e-12)
        }
    }

    @Test("WGS84 → LAEA Europe (EPSG:3035) takes longitude first and gives easting 5,000,633.11, northing 2,751,176.11 (cs2cs, 1 cm)")
    func laeaAxisOrder() throws {
        let transformer = try CoordinateTransformer(from: "EPSG:4326", to: "EPSG:3035")
        let projected = try transformer.transform(budapest)
        // Reference: echo "47.50 19.04" | cs2cs EPSG:4326 EPSG:3035 → 2751176.11 5000633.11 (northing, easting).
        #expect(abs(projected.x - 5_000_633.11) <= 0.01)
        #expect(abs(projected.y - 2_751_176.11) <= 0.01)
        let back = try transformer.transform(projected, direction: .inverse)
        #expect(abs(back.x - budapest.x) <= 1e-7)
        #expect(abs(back.y - budapest.y) <= 1e-7)
    }

    @Test("The bulk call gives the same numbers as one point at a time, both ways")
    func bulkMatchesSingle() throws {
        let transformer = try CoordinateTransformer(from: "EPSG:4326", to: "EPSG:3035")
        let points = (0..<100).map { (x: 10 + Double($0) * 0.2, y: 40 + Double($0) * 0.1) }
        let bulk = try transformer.transform(points)
        for (point, result) in zip(points, bulk) {
            let single = try transformer.transform(point)
            #expect(single.x == result.x && single.y == result.y)
        }
        let back = try transformer.transform(bulk, direction: .inverse)
        for (point, result) in zip(points, back) {
            #expect(abs(point.x - result.x) <= 1e-7 && abs(point.y - result.y) <= 1e-7)
        }
    }

    @Test("PROJ strings are accepted as CRSs")
    func projString() throws {
        let transformer = try CoordinateTransformer(from: "+proj=longlat +datum=WGS84", to: "+proj=utm +zone=35 +datum=WGS84")
        let projected = try transformer.transform((x: 27, y: 0))
        #expect(abs(projected.x - 500_000) <= 1e-6)
        #expect(abs(projected.y) <= 1e-6)
    }

    @Test("Unknown EPSG codes fail with PROJ's own message", arguments: ["EPSG:999999", "EPSG:43260"])
    func unknownCode(_ code: String) {
        #expect(throws: ProjError.unknownCRS(definition: code, message: "proj_create: crs not found")) {
            try CoordinateTransformer(from: code, to: "EPSG:4326")
        }
    }

    @Test("A bare name that PROJ would resolve by partial match is refused")
    func partialName() {
        #expect(throws: ProjError.ambiguousCRSName(definition: "foo", resolvedName: "Amersfoort")) {
            try CoordinateTransformer(from: "foo", to: "EPSG:4326")
        }
    }

    @Test("NaN input is refused before PROJ is called, singly and in bulk")
    func nanInput() throws {
        let transformer = try CoordinateTransformer(from: "EPSG:4326", to: "EPSG:32635")
        #expect(throws: ProjError.nonFiniteInput(index: nil, x: 19, y: .infinity)) {
            try transformer.transform((x: 19, y: .infinity))
        }
        #expect(throws: ProjError.self) { try transformer.transform((x: .nan, y: 47)) }
        #expect(throws: ProjError.self) { try transformer.transform([(x: 1, y: 2), (x: .nan, y: 3)]) }
    }

    @Test("A point outside the projection's domain fails with PROJ's message")
    func failedTransform() throws {
        let transformer = try CoordinateTransformer(from: "EPSG:4326", to: "EPSG:3857")
        do {
            _ = try transformer.transform((x: 0, y: 95))
            Issue.record("latitude 95 has no Web Mercator coordinate")
        } catch {
            guard case .transformFailed(_, let message) = error else { Issue.record("wrong error \(error)"); return }
            #expect(message.contains("atitude"), "PROJ said: \(message)")
        }
    }
}
