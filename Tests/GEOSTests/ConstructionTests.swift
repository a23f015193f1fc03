import GEOS
import GeoJSON
import Testing

@Suite("Buffer, validity, simplification and other constructions")
struct ConstructionTests {
    @Test("A buffer of radius 10 around a point with 32 segments per quadrant is within 0.5 % of π·100")
    func pointBuffer() throws {
        let disc = try Geometry(wkt: "POINT(3 4)").buffer(distance: 10, quadrantSegments: 32)
        let expected = Double.pi * 100
        #expect(abs(try disc.area() - expected) / expected < 0.005)
        #expect(try disc.typeName() == "Polygon")
    }

    @Test("A non-finite buffer distance is rejected before GEOS")
    func nonFiniteBuffer() throws {
        let point = try Geometry(wkt: "POINT(0 0)")
        #expect(throws: GEOSError.invalidParameter(name: "distance", value: .infinity)) {
            try point.buffer(distance: .infinity)
        }
    }

    @Test("The bow-tie is invalid, GEOS names the self-intersection, and makeValid gives two triangles of area 0.5")
    func bowTie() throws {
        let bowTie = try Geometry(wkt: Shapes.bowTieWKT)
        #expect(try !bowTie.isValid())
        #expect(try bowTie.validityReason().contains("Self-intersection"))
        let repaired = try bowTie.makeValid()
        #expect(try repaired.isValid())
        #expect(try repaired.typeName() == "MultiPolygon")
        #expect(try repaired.numberOfGeometries() == 2)
        #expect(abs(try repaired.area() - 0.5) < 1e-12)
        #expect(try Geometry(wkt: Shapes.unitSquareWKT).validityReason() == "Valid Geometry")
    }

    @Test("Topology-preserving simplification of a noisy square keeps it valid and drops the noise")
    func simplify() throws {
        var ring: [String] = []
        for step in 0..<100 {
            let t = Double(step) / 100
            ring.append("\(t) \(step % 2 == 0 ? 0 : 0.001)")
        }
        let wkt = "POLYGON((" + (ring + ["1 0", "1 1", "0 1", "0 0"]).joined(separator: ", ") + "))"
        let noisy = try Geometry(wkt: wkt)
        let simple = try noisy.simplified(tolerance: 0.01)
        #expect(try simple.isValid())
        #expect(try simple.coordinateCount() < 10)
        #expect(abs(try simple.area() - 1) < 0.002)
    }

    @Test("Envelope, centroid and point on surface of an L-shape")
    func envelopeCentroidPointOnSurface() throws {
        let lShape = try Geometry(wkt: "POLYGON((0 0, 2 0, 2 1, 1 1, 1 2, 0 2, 0 0))")
        #expect(try lShape.envelope().equals(Geometry(wkt: "POLYGON((0 0, 2 0, 2 2, 0 2, 0 0))")))
        // Three unit squares centred at (0.5,0.5), (1.5,0.5), (0.5,1.5): centroid (2.5/3, 2.5/3).
        let centroid = try lShape.centroid().geoJSON()
        guard case .point(let c) = centroid else { Issue.record("centroid is not a point"); return }
        #expect(abs(c.longitude - 2.5 / 3) < 1e-12 && abs(c.latitude - 2.5 / 3) < 1e-12)
        #expect(try lShape.contains(lShape.pointOnSurface()))
        #expect(try lShape.extent() == Extent(minX: 0, minY: 0, maxX: 2, maxY: 2))
    }

    @Test("Polygonizing a square's four edges plus one diagonal gives two triangles of area 0.5")
    func polygonize() throws {
        let edges = try ["LINESTRING(0 0, 1 0)", "LINESTRING(1 0, 1 1)", "LINESTRING(1 1, 0 1)",
                         "LINESTRING(0 1, 0 0)", "LINESTRING(0 0, 1 1)"].map(Geometry.init(wkt:))
        let faces = try Geometry.polygonize(edges)
        #expect(try faces.numberOfGeometries() == 2)
        for index in 0..<2 {
            let face = try faces.geometry(at: index)
            #expect(try face.typeName() == "Polygon")
            #expect(abs(try face.area() - 0.5) < 1e-12)
        }
        #expect(throws: GEOSError.indexOutOfRange(index: 2, count: 2)) { try faces.geometry(at: 2) }
    }

    @Test("Noding two crossing lines splits them at the crossing; line merging joins touching pieces")
    func nodeAndLineMerge() throws {
        let cross = try Geometry(wkt: "MULTILINESTRING((0 0, 2 2), (0 2, 2 0))")
        let noded = try cross.noded()
        #expect(try noded.numberOfGeometries() == 4)
        let pieces = try Geometry(wkt: "MULTILINESTRING((0 0, 1 0), (1 0, 2 0), (2 0, 2 1))")
        let merged = try pieces.lineMerged()
        #expect(try merged.equals(Geometry(wkt: "LINESTRING(0 0, 1 0, 2 0, 2 1)")))
        #expect(abs(try merged.length() - 3) < 1e-12)
    }

    @Test("Nearest points between a point and a square lie on the line joining them")
    func nearestPoints() throws {
        let square = try Geometry(wkt: Shapes.unitSquareWKT)
        let point = try Geometry(wkt: "POINT(3 0.5)")
        let (onSquare, onPoint) = try square.nearestPoints(to: point)
        #expect(onSquare == Position(longitude: 1, latitude: 0.5))
        #expect(onPoint == Position(longitude: 3, latitude: 0.5))
        #expect(abs(try square.distance(to: point) - 2) < 1e-12)
        #expect(throws: GEOSError.emptyGeometry(operation: "nearestPoints")) {
            try square.nearestPoints(to: Geometry(wkt: "POINT EMPTY"))
        }
    }
}
