import GEOS
import Testing

@Suite("Overlay of two unit squares offset by half a side")
struct OverlayTests {
    let square: Geometry
    let shifted: Geometry

    init() throws {
        square = try Geometry(wkt: Shapes.unitSquareWKT)
        shifted = try Geometry(wkt: Shapes.shiftedSquareWKT)
    }

    @Test("A unit square has area 1 and perimeter 4")
    func unitSquareMeasures() throws {
        #expect(abs(try square.area() - 1) < 1e-12)
        #expect(abs(try square.length() - 4) < 1e-12)
        #expect(try square.coordinateCount() == 5)
        #expect(try square.typeName() == "Polygon")
    }

    @Test("The squares overlap in a quarter of a square")
    func intersection() throws {
        let overlap = try square.intersection(shifted)
        #expect(abs(try overlap.area() - 0.25) < 1e-12)
        #expect(try overlap.equals(Geometry(wkt: "POLYGON((0.5 0.5, 1 0.5, 1 1, 0.5 1, 0.5 0.5))")))
    }

    @Test("Together they cover 1 + 1 - 0.25 = 1.75")
    func union() throws {
        #expect(abs(try square.union(shifted).area() - 1.75) < 1e-12)
    }

    @Test("Removing the overlap leaves an L-shape of area 0.75")
    func difference() throws {
        let rest = try square.difference(shifted)
        #expect(abs(try rest.area() - 0.75) < 1e-12)
        #expect(try rest.disjoint(Geometry(wkt: "POINT(0.75 0.75)")))
        #expect(try rest.contains(Geometry(wkt: "POINT(0.25 0.25)")))
    }

    @Test("The symmetric difference is both L-shapes: area 1.5")
    func symmetricDifference() throws {
        let both = try square.symmetricDifference(shifted)
        #expect(abs(try both.area() - 1.5) < 1e-12)
        #expect(try both.numberOfGeometries() == 2)
    }

    @Test("Unary union of a multipolygon of the two squares dissolves the overlap")
    func unaryUnion() throws {
        let pair = try Geometry(wkt: "GEOMETRYCOLLECTION(\(Shapes.unitSquareWKT), \(Shapes.shiftedSquareWKT))")
        let dissolved = try pair.unaryUnion()
        #expect(abs(try dissolved.area() - 1.75) < 1e-12)
        #expect(try dissolved.equals(square.union(shifted)))
    }

    @Test("A geometry overlaid with itself is itself")
    func selfOverlay() throws {
        #expect(try square.intersection(square).equals(square))
        #expect(try square.union(square).equals(square))
    }
}
