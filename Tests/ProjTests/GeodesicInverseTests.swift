import Testing
import GeoJSON
import Proj

/// One row of the geodesic table in FACTS.md (GeographicLib 2.1 reference values).
struct GeodesicReference: Sendable, CustomTestStringConvertible {
    let name: String
    let from: Position
    let to: Position
    let meters: Double
    let azimuth1Degrees: Double
    let azimuth2Degrees: Double
    var testDescription: String { name }
}

let factsGeodesics: [GeodesicReference] = [
    .init(name: "Budapest–Kyiv", from: Position(lat: 47.49835, lon: 19.04045), to: Position(lat: 50.45466, lon: 30.5238),
          meters: 901475.8637, azimuth1Degrees: 64.367952103, azimuth2Degrees: 73.046876257),
    .init(name: "Budapest–Moscow", from: Position(lat: 47.49835, lon: 19.04045), to: Position(lat: 55.75222, lon: 37.61556),
          meters: 1572407.8247, azimuth1Degrees: 47.412966940, azimuth2Degrees: 62.062206281),
    .init(name: "LRCK–Sevastopol", from: Position(lat: 44.3622, lon: 28.4883), to: Position(lat: 44.58883, lon: 33.5224),
          meters: 401254.0722, azimuth1Degrees: 84.640493889, azimuth2Degrees: 88.168572803),
    .init(name: "LRCK–Odesa", from: Position(lat: 44.3622, lon: 28.4883), to: Position(lat: 46.47747, lon: 30.73262),
          meters: 293441.7280, azimuth1Degrees: 35.972709046, azimuth2Degrees: 37.571642793),
    .init(name: "Washington–Kyiv", from: Position(lat: 38.89511, lon: -77.03637), to: Position(lat: 50.45466, lon: 30.5238),
          meters: 7853988.7350, azimuth1Degrees: 40.111240927, azimuth2Degrees: 128.090341568),
    .init(name: "Anchorage–Moscow", from: Position(lat: 61.21806, lon: -149.90028), to: Position(lat: 55.75222, lon: 37.61556),
          meters: 7016456.0143, azimuth1Degrees: -4.742371033, azimuth2Degrees: -175.942772952),
    .init(name: "along the equator", from: Position(lat: 0, lon: 0), to: Position(lat: 0, lon: 1),
          meters: 111319.4908, azimuth1Degrees: 90, azimuth2Degrees: 90),
    .init(name: "near-antipodal", from: Position(lat: 0, lon: 0), to: Position(lat: 0.5, lon: 179.5),
          meters: 19936288.5790, azimuth1Degrees: 25.671872868, azimuth2Degrees: 154.327085470),
    .init(name: "over the pole", from: Position(lat: 89.9, lon: 0), to: Position(lat: 89.9, lon: 180),
          meters: 22338.7957, azimuth1Degrees: 0, azimuth2Degrees: 180),
    .init(name: "very short", from: Position(lat: 50, lon: 30), to: Position(lat: 50.00001, lon: 30.00001),
          meters: 1.3233, azimuth1Degrees: 32.804911454, azimuth2Degrees: 32.804919114),
]

/// Smallest difference between two azimuths, in degrees, treating them modulo 360.
func azimuthDifference(_ a: Double, _ b: Double) -> Double {
    abs((a - b).remainder(dividingBy: 360))
}

@Suite("Inverse geodesic problem on WGS84")
struct GeodesicInverseTests {
    @Test("Distances match GeographicLib within 1 mm and azimuths within 1e-8°", arguments: factsGeodesics)
    func matchesReference(_ row: GeodesicReference) throws {
        let leg = try Geodesic.wgs84.inverse(from: row.from, to: row.to)
        #expect(abs(leg.meters - row.meters) <= 0.001)
        #expect(azimuthDifference(leg.azimuth1Degrees, row.azimuth1Degrees) <= 1e-8)
        #expect(azimuthDifference(leg.azimuth2Degrees, row.azimuth2Degrees) <= 1e-8)
    }

    @Test("Swapping the ends gives the same distance and reversed azimuths")
    func symmetric() throws {
        let budapest = Position(lat: 47.49835, lon: 19.04045), kyiv = Position(lat: 50.45466, lon: 30.5238)
        let there = try Geodesic.wgs84.inverse(from: budapest, to: kyiv)
        let back = try Geodesic.wgs84.inverse(from: kyiv, to: budapest)
        #expect(abs(there.meters - back.meters) <= 1e-6)
        #expect(azimuthDifference(back.azimuth1Degrees, there.azimuth2Degrees + 180) <= 1e-9)
    }

    @Test("NaN, infinite and out-of-range coordinates are refused with a typed error", arguments: [
        Position(lat: .nan, lon: 0), Position(lat: 0, lon: .infinity), Position(lat: 90.5, lon: 0),
        Position(lat: 0, lon: -180.5),
    ])
    func invalidInput(_ bad: Position) {
        #expect(throws: GeodesicError.self) { try Geodesic.wgs84.inverse(from: bad, to: Position(lat: 0, lon: 0)) }
        #expect(throws: GeodesicError.self) { try Geodesic.wgs84.inverse(from: Position(lat: 0, lon: 0), to: bad) }
    }

    @Test("A custom ellipsoid with a non-positive radius is refused")
    func invalidEllipsoid() {
        #expect(throws: GeodesicError.invalidEllipsoid(equatorialRadiusMeters: 0, flattening: 0)) {
            try Geodesic(equatorialRadiusMeters: 0, flattening: 0)
        }
    }
}
