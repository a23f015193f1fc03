import GEOS
import Testing

@Suite("Predicates")
struct PredicateTests {
    @Test("A point inside the square is contained, within and covered; an outside point is disjoint")
    func pointInSquare() throws {
        let square = try Geometry(wkt: Shapes.unitSquareWKT)
        let inside = try Geometry(wkt: "POINT(0.5 0.5)")
        let outside = try Geometry(wkt: "POINT(2 2)")
        #expect(try square.contains(inside))
        #expect(try square.covers(inside))
        #expect(try inside.within(square))
        #expect(try square.intersects(inside))
        #expect(try !square.contains(outside))
        #expect(try square.disjoint(outside))
        #expect(try !square.intersects(outside))
    }

    @Test("A corner point is covered but not contained: it lies on the boundary only")
    func boundaryPoint() throws {
        let square = try Geometry(wkt: Shapes.unitSquareWKT)
        let corner = try Geometry(wkt: "POINT(1 1)")
        #expect(try square.covers(corner))
        #expect(try !square.contains(corner))
        #expect(try square.intersects(corner))
    }

    @Test("Equality is topological: another start vertex and the other orientation are still equal")
    func topologicalEquality() throws {
        let square = try Geometry(wkt: Shapes.unitSquareWKT)
        let rotated = try Geometry(wkt: "POLYGON((1 1, 1 0, 0 0, 0 1, 1 1))")
        #expect(try square.equals(rotated))
        #expect(try !square.equalsExact(rotated))
        #expect(try square.normalized().equalsExact(rotated.normalized()))
    }
}
