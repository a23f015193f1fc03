import Testing
import GeoJSON
import Proj

@Suite("Geodesic polygon area and perimeter")
struct GeodesicAreaTests {
    /// A closed ring from (lat, lon) pairs.
    func ring(_ latLon: [(Double, Double)]) -> [Position] {
        let positions = latLon.map { Position(lat: $0.0, lon: $0.1) }
        return positions + [positions[0]]
    }

    var degreeSquareAtOrigin: [Position] { ring([(0, 0), (0, 1), (1, 1), (1, 0)]) }
    var degreeSquareInUkraine: [Position] { ring([(50, 30), (50, 31), (51, 31), (51, 30)]) }

    func expectRelative(_ value: Double, _ reference: Double, within tolerance: Double = 1e-9) {
        #expect(abs(value - reference) <= tolerance * abs(reference), "\(value) vs \(reference)")
    }

    @Test("The 1° square at (0,0) has GeographicLib's area and perimeter (relative 1e-9)")
    func squareAtOrigin() throws {
        let measure = try Geodesic.wgs84.area(of: .polygon([degreeSquareAtOrigin]))
        expectRelative(measure.squareMeters, 12_308_778_361.47)
        expectRelative(measure.perimeterMeters, 443_770.917)
    }

    @Test("The 1° square at (50,30) has GeographicLib's area and perimeter (relative 1e-9)")
    func squareInUkraine() throws {
        let measure = try Geodesic.wgs84.area(of: .polygon([degreeSquareInUkraine]))
        expectRelative(measure.squareMeters, 7_892_061_583.21)
        expectRelative(measure.perimeterMeters, 364_369.721)
    }

    @Test("Winding does not change the area")
    func windingIndependent() throws {
        let clockwise = try Geodesic.wgs84.area(of: .polygon([degreeSquareAtOrigin.reversed()]))
        expectRelative(clockwise.squareMeters, 12_308_778_361.47)
    }

    @Test("A hole is subtracted, its ring added to the perimeter; a MultiPolygon sums its parts")
    func holesAndParts() throws {
        let hole = ring([(0.25, 0.25), (0.75, 0.25), (0.75, 0.75), (0.25, 0.75)])
        let holeMeasure = try Geodesic.wgs84.area(of: .polygon([hole]))
        let withHole = try Geodesic.wgs84.area(of: .polygon([degreeSquareAtOrigin, hole]))
        expectRelative(withHole.squareMeters, 12_308_778_361.47 - holeMeasure.squareMeters)
        expectRelative(withHole.perimeterMeters, 443_770.917 + holeMeasure.perimeterMeters)
        let both = try Geodesic.wgs84.area(of: .multiPolygon([[degreeSquareAtOrigin], [degreeSquareInUkraine]]))
        expectRelative(both.squareMeters, 12_308_778_361.47 + 7_892_061_583.21)
    }

    @Test("Points and lines measure zero")
    func nonPolygonal() throws {
        let line = try Geodesic.wgs84.area(of: .lineString(degreeSquareAtOrigin))
        #expect(line == PolygonMeasure(squareMeters: 0, perimeterMeters: 0))
    }

    @Test("A NaN vertex is refused")
    func invalidVertex() {
        #expect(throws: GeodesicError.self) {
            try Geodesic.wgs84.area(of: .polygon([[Position(lat: 0, lon: 0), Position(lat: .nan, lon: 1), Position(lat: 1, lon: 1)]]))
        }
    }
}
