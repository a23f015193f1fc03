import Testing
import GeoJSON
import Proj

@Suite("Geodesic range rings")
struct GeodesicCircleTests {
    let anchorage = Position(lat: 61.218, lon: -149.9)

    /// Every ring of a polygonal geometry.
    func rings(of geometry: Geometry) -> [[Position]] {
        switch geometry {
        case .polygon(let rings): rings
        case .multiPolygon(let polygons): polygons.flatMap { $0 }
        default: []
        }
    }

    @Test("A 1,000 km ring around LRCK is one polygon whose vertices are 1,000 km away (1 mm)")
    func simpleRing() throws {
        let lrck = Position(lat: 44.3622, lon: 28.4883)
        let geometry = try Geodesic.wgs84.circle(around: lrck, radiusMeters: 1_000_000)
        guard case .polygon(let rings) = geometry, let ring = rings.first else {
            Issue.record("expected a Polygon"); return
        }
        #expect(ring.count == 361)
        #expect(ring.first == ring.last)
        for vertex in ring {
            #expect(abs(try Geodesic.wgs84.inverse(from: lrck, to: vertex).meters - 1_000_000) <= 0.001)
        }
    }

    @Test("A 3,000 km ring around Anchorage splits at 180° into closed rings inside [-180, 180]")
    func anchorageSplits() throws {
        let geometry = try Geodesic.wgs84.circle(around: anchorage, radiusMeters: 3_000_000)
        guard case .multiPolygon(let polygons) = geometry else {
            Issue.record("expected a MultiPolygon, got \(geometry.typeName)"); return
        }
        #expect(polygons.count == 2)
        for ring in polygons.flatMap({ $0 }) {
            #expect(ring.count >= 4)
            #expect(ring.first == ring.last)
            #expect(ring.allSatisfy { (-180...180).contains($0.longitude) && (-90...90).contains($0.latitude) })
        }
        // One part touches +180, the other −180, at the same two latitudes.
        let eastEdge = polygons.flatMap { $0.flatMap { $0 } }.filter { $0.longitude == 180 }.map(\.latitude).sorted()
        let westEdge = polygons.flatMap { $0.flatMap { $0 } }.filter { $0.longitude == -180 }.map(\.latitude).sorted()
        #expect(Set(eastEdge) == Set(westEdge))
        #expect(Set(eastEdge).count == 2)
    }

    @Test("Splitting does not change the area: the Anchorage ring measures the same as one far from 180° (1e-6)")
    func splitKeepsArea() throws {
        let split = try Geodesic.wgs84.area(of: Geodesic.wgs84.circle(around: anchorage, radiusMeters: 3_000_000))
        let shifted = Position(lat: anchorage.latitude, lon: anchorage.longitude + 150)
        let whole = try Geodesic.wgs84.area(of: Geodesic.wgs84.circle(around: shifted, radiusMeters: 3_000_000))
        #expect(abs(split.squareMeters - whole.squareMeters) <= 1e-6 * whole.squareMeters)
    }

    @Test("A ring around 85 N with 1,000 km encloses the pole and runs along 180° and latitude 90")
    func ringAroundPole() throws {
        let center = Position(lat: 85, lon: 10)
        let geometry = try Geodesic.wgs84.circle(around: center, radiusMeters: 1_000_000)
        guard case .polygon(let rings) = geometry, rings.count == 1, let ring = rings.first else {
            Issue.record("expected a single-ring Polygon, got \(geometry.typeName)"); return
        }
        #expect(ring.first == ring.last)
        #expect(ring.contains(Position(lat: 90, lon: 180)))
        #expect(ring.contains(Position(lat: 90, lon: -180)))
        #expect(ring.allSatisfy { (-180...180).contains($0.longitude) })
        // Its area is that of a ring of the same radius at the same latitude (relative 1e-4 for the cut edges).
        let area = try Geodesic.wgs84.area(of: geometry).squareMeters
        let sameAtLon = try Geodesic.wgs84.area(of: Geodesic.wgs84.circle(around: Position(lat: 85, lon: 100), radiusMeters: 1_000_000)).squareMeters
        #expect(abs(area - sameAtLon) <= 1e-4 * sameAtLon)
        // And it is a cap of about π r² (within 1 %), not the rest of the earth.
        #expect(abs(area - Double.pi * 1e12) <= 0.01 * Double.pi * 1e12)
    }

    @Test("A ring around 80 S that encloses the south pole closes along latitude −90")
    func ringAroundSouthPole() throws {
        let geometry = try Geodesic.wgs84.circle(around: Position(lat: -80, lon: 170), radiusMeters: 1_500_000)
        guard case .polygon(let rings) = geometry, let ring = rings.first else { Issue.record("expected a Polygon"); return }
        #expect(ring.contains(Position(lat: -90, lon: 180)))
        #expect(ring.contains(Position(lat: -90, lon: -180)))
    }

    @Test("NaN centre, negative radius, and a radius of half the meridian or more are refused")
    func invalidRings() {
        #expect(throws: GeodesicError.self) { try Geodesic.wgs84.circle(around: Position(lat: .nan, lon: 0), radiusMeters: 1) }
        #expect(throws: GeodesicError.self) { try Geodesic.wgs84.circle(around: anchorage, radiusMeters: -5) }
        #expect(throws: GeodesicError.self) { try Geodesic.wgs84.circle(around: anchorage, radiusMeters: 20_003_932) }
        #expect(throws: GeodesicError.self) { try Geodesic.wgs84.circle(around: anchorage, radiusMeters: 1000, segments: 2) }
    }
}
