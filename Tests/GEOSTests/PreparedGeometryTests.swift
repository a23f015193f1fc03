import GEOS
import GeoJSON
import Testing

@Suite("Prepared geometries")
struct PreparedGeometryTests {
    @Test("Prepared predicates agree with the unprepared ones")
    func predicates() throws {
        let square = try Geometry(wkt: Shapes.unitSquareWKT)
        let prepared = try PreparedGeometry(square)
        let probes = try ["POINT(0.5 0.5)", "POINT(1 1)", "POINT(3 3)", Shapes.shiftedSquareWKT,
                          "POLYGON((0.1 0.1, 0.9 0.1, 0.9 0.9, 0.1 0.1))", Shapes.unitSquareWKT].map(Geometry.init(wkt:))
        for probe in probes {
            #expect(try prepared.contains(probe) == square.contains(probe))
            #expect(try prepared.intersects(probe) == square.intersects(probe))
            #expect(try prepared.covers(probe) == square.covers(probe))
        }
        #expect(try prepared.containsProperly(probes[4]))
        #expect(try !prepared.containsProperly(probes[5]))
    }

    @Test("Bulk point containment on a 41 × 41 grid over a donut matches point-by-point containment")
    func bulkGrid() throws {
        let donut = try Geometry(.polygon([Shapes.square(x: 0, y: 0, side: 10), Shapes.square(x: 3, y: 3, side: 4)]))
        let prepared = try PreparedGeometry(donut)
        var grid: [Position] = []
        for i in 0...40 { for j in 0...40 { grid.append(Position(longitude: Double(i) * 0.3 - 1, latitude: Double(j) * 0.3 - 1)) } }
        let bulk = try prepared.contains(points: grid)
        var insideCount = 0
        for (position, answer) in zip(grid, bulk) {
            let expected = try donut.contains(Geometry(.point(position)))
            #expect(answer == expected, "at \(position.longitude), \(position.latitude)")
            if answer { insideCount += 1 }
        }
        #expect(insideCount > 100)
        #expect(insideCount < grid.count - 100)
    }

    @Test("Bulk containment rejects a non-finite point")
    func bulkRejectsInfinity() throws {
        let prepared = try PreparedGeometry(Geometry(wkt: Shapes.unitSquareWKT))
        let bad = Position(longitude: 0.5, latitude: .infinity)
        #expect(throws: GEOSError.invalidCoordinate(bad)) { try prepared.contains(points: [bad]) }
    }
}
