import GEOS
import GeoJSON
import Testing

@Suite("Conversion to and from GeoJSON geometries")
struct GeoJSONConversionTests {
    static let samples: [GeoJSONGeometry] = [
        .point(Position(longitude: 19.04, latitude: 47.5)),
        .point(Position(longitude: 19.04, latitude: 47.5, altitude: 120)),
        .multiPoint([Position(longitude: 1, latitude: 2), Position(longitude: 3, latitude: 4)]),
        .lineString([Position(longitude: 0, latitude: 0), Position(longitude: 1, latitude: 1)]),
        .multiLineString([
            [Position(longitude: 0, latitude: 0), Position(longitude: 1, latitude: 1)],
            [Position(longitude: 2, latitude: 2), Position(longitude: 3, latitude: 2)],
        ]),
        .polygon([Shapes.square(x: 0, y: 0, side: 10), Shapes.square(x: 2, y: 2, side: 1).reversed()]),
        .multiPolygon([[Shapes.square(x: 0, y: 0, side: 1)], [Shapes.square(x: 5, y: 5, side: 2)]]),
        .geometryCollection([
            .point(Position(longitude: 1, latitude: 1)),
            .polygon([Shapes.square(x: 0, y: 0, side: 1)]),
        ]),
        .lineString([]), .polygon([]), .multiPoint([]), .multiLineString([]), .multiPolygon([]),
        .geometryCollection([]),
    ]

    @Test("Every GeoJSON type, empty ones included, survives a trip through GEOS unchanged",
          arguments: samples)
    func roundTrip(_ value: GeoJSONGeometry) throws {
        #expect(try Geometry(value).geoJSON() == value)
    }

    @Test("A polygon with a hole has the shell's area minus the hole's: 100 − 1")
    func holeArea() throws {
        let donut = try Geometry(.polygon([Shapes.square(x: 0, y: 0, side: 10), Shapes.square(x: 2, y: 2, side: 1)]))
        #expect(abs(try donut.area() - 99) < 1e-12)
        #expect(try donut.typeName() == "Polygon")
    }

    @Test("Empty GeoJSON geometries become empty GEOS geometries")
    func empties() throws {
        #expect(try Geometry(.polygon([])).isEmpty())
        #expect(try Geometry(.multiPolygon([])).typeName() == "MultiPolygon")
    }

    @Test("An empty GEOS point has no GeoJSON form and says so")
    func emptyPoint() throws {
        #expect(throws: GEOSError.emptyGeometry(operation: "GeoJSON Point")) {
            try Geometry(wkt: "POINT EMPTY").geoJSON()
        }
    }

    @Test("A NaN coordinate is rejected before GEOS sees it")
    func nanCoordinate() throws {
        let bad = Position(longitude: .nan, latitude: 1)
        #expect(throws: GEOSError.self) { try Geometry(.lineString([Position(longitude: 0, latitude: 0), bad])) }
        do {
            _ = try Geometry(.point(bad))
            Issue.record("NaN was accepted")
        } catch GEOSError.invalidCoordinate(let position) {
            #expect(position.longitude.isNaN)
        }
    }

    @Test("An unclosed ring and a too-short ring are rejected")
    func badRings() throws {
        let open = Array(Shapes.square(x: 0, y: 0, side: 1).dropLast())
        #expect(throws: GEOSError.unclosedRing(first: open[0], last: open[3])) {
            try Geometry(.polygon([open]))
        }
        let short = [open[0], open[1], open[0]]
        #expect(throws: GEOSError.tooFewPositions(kind: "LinearRing", count: 3, minimum: 4)) {
            try Geometry(.polygon([short]))
        }
        #expect(throws: GEOSError.tooFewPositions(kind: "LineString", count: 1, minimum: 2)) {
            try Geometry(.multiLineString([[open[0]]]))
        }
    }
}
