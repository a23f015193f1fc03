import Testing
import GeoJSON
import Proj

@Suite("Direct geodesic problem and densified lines")
struct GeodesicDirectTests {
    let lrck = Position(lat: 44.3622, lon: 28.4883)

    @Test("1,000 km due east of LRCK lands at 43.678706751 N, 40.936561335 E (within 1e-9°)")
    func lrckEast() throws {
        let result = try Geodesic.wgs84.direct(from: lrck, azimuthDegrees: 90, meters: 1_000_000)
        #expect(abs(result.destination.latitude - 43.678706751) <= 1e-9)
        #expect(abs(result.destination.longitude - 40.936561335) <= 1e-9)
    }

    @Test("Going the inverse distance along the inverse azimuth reaches the target within 1e-9°")
    func directUndoesInverse() throws {
        let moscow = Position(lat: 55.75222, lon: 37.61556)
        let leg = try Geodesic.wgs84.inverse(from: lrck, to: moscow)
        let end = try Geodesic.wgs84.direct(from: lrck, azimuthDegrees: leg.azimuth1Degrees, meters: leg.meters)
        #expect(abs(end.destination.latitude - moscow.latitude) <= 1e-9)
        #expect(abs(end.destination.longitude - moscow.longitude) <= 1e-9)
        #expect(azimuthDifference(end.azimuth2Degrees, leg.azimuth2Degrees) <= 1e-9)
    }

    @Test("A NaN distance or azimuth is refused")
    func invalidDirect() {
        #expect(throws: GeodesicError.self) { try Geodesic.wgs84.direct(from: lrck, azimuthDegrees: .nan, meters: 1) }
        #expect(throws: GeodesicError.self) { try Geodesic.wgs84.direct(from: lrck, azimuthDegrees: 0, meters: .infinity) }
    }

    @Test("A densified line keeps its exact ends, and no step exceeds the requested spacing")
    func densifiedLine() throws {
        let kyiv = Position(lat: 50.45466, lon: 30.5238)
        let points = try Geodesic.wgs84.line(from: lrck, to: kyiv, maxSegmentMeters: 50_000)
        #expect(points.first == lrck)
        #expect(points.last == kyiv)
        let total = try Geodesic.wgs84.inverse(from: lrck, to: kyiv).meters
        // 50 km spacing over the whole length needs ceil(length / 50 km) steps.
        #expect(points.count == Int(total / 50_000) + 2)
        var summed = 0.0
        for (a, b) in zip(points, points.dropFirst()) {
            let step = try Geodesic.wgs84.inverse(from: a, to: b).meters
            #expect(step <= 50_000 + 1e-6)
            summed += step
        }
        // Points lie on the geodesic, so the steps add up to its length (1 mm).
        #expect(abs(summed - total) <= 0.001)
    }

    @Test("Anchorage to Tokyo crosses 180° and comes back as a MultiLineString cut exactly there")
    func lineCrossesAntimeridian() throws {
        let anchorage = Position(lat: 61.21806, lon: -149.90028), tokyo = Position(lat: 35.6895, lon: 139.69171)
        let geometry = try Geodesic.wgs84.lineGeometry(from: anchorage, to: tokyo, maxSegmentMeters: 100_000)
        guard case .multiLineString(let parts) = geometry else {
            Issue.record("expected a MultiLineString, got \(geometry.typeName)"); return
        }
        #expect(parts.count == 2)
        #expect(parts[0].first == anchorage)
        #expect(parts[1].last == tokyo)
        #expect(parts[0].last?.longitude == -180)
        #expect(parts[1].first?.longitude == 180)
        #expect(parts[0].last?.latitude == parts[1].first?.latitude)
        #expect(geometry.allPositions.allSatisfy { (-180...180).contains($0.longitude) })
        // The cut point lies on the geodesic: the two halves add up to the whole (1 mm).
        guard let cut = parts[0].last else { return }
        let whole = try Geodesic.wgs84.inverse(from: anchorage, to: tokyo).meters
        let halves = try Geodesic.wgs84.inverse(from: anchorage, to: cut).meters
            + Geodesic.wgs84.inverse(from: cut, to: tokyo).meters
        #expect(abs(halves - whole) <= 0.001)
    }

    @Test("A line that stays east of 180° is a single LineString")
    func lineWithoutCrossing() throws {
        let geometry = try Geodesic.wgs84.lineGeometry(
            from: lrck, to: Position(lat: 50.45466, lon: 30.5238), maxSegmentMeters: 10_000)
        guard case .lineString = geometry else { Issue.record("expected a LineString"); return }
    }
}
