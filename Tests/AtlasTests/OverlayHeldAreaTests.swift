import GEOS
import Proj
import GeoJSON
import Testing
@testable import Atlas

@Suite("Overlay: the held area built from a line of contact")
struct OverlayHeldAreaTests {
    typealias Shapes = OverlayTestShapes

    @Test("a meridian line holding its right-hand side keeps the eastern half of a square country (1e-9 relative)")
    func rightSideIsEasternHalf() throws {
        let boundaries = try Shapes.boundaries()
        let held = try HeldArea(line: Shapes.meridianLine(), outline: boundaries.outline)
        let expected = try Shapes.squareKm2(Shapes.rectangle(west: 31, south: 48, east: 32, north: 50))
        let overlay = try OccupationOverlay(boundaries: boundaries, heldArea: held)
        #expect(abs(overlay.heldKm2 - expected) / expected < 1e-9)
        // Not exactly one half: the country's 2°-long northern and southern edges are single geodesics, which
        // bound a little more than its two halves with 1°-long edges do.
        let country = try Shapes.squareKm2(Shapes.outline)
        #expect(abs(overlay.heldShareOfUkraine - expected / country) < 1e-9)
        #expect(abs(overlay.heldShareOfUkraine - 0.5) < 1e-4)
        #expect(try held.geometry.isValid())
        #expect(held.asOf?.description == "2025-07-01")
    }

    @Test("held_side left keeps the western half instead")
    func leftSideIsWesternHalf() throws {
        let boundaries = try Shapes.boundaries()
        let held = try HeldArea(line: Shapes.meridianLine(side: .left), outline: boundaries.outline)
        let west = try GEOS.Geometry(Shapes.rectangle(west: 30, south: 48, east: 31, north: 50))
        #expect(try held.geometry.symmetricDifference(west).area() < 1e-12)
    }

    @Test("an extra held area on the other side is added, and clipped to the outline where it sticks out")
    func extraHeldAreaIsAddedAndClipped() throws {
        let boundaries = try Shapes.boundaries()
        // 29.5°–30.5° E × 49°–49.5° N: half of it lies west of the country.
        let ring: [Position] = [(29.5, 49), (30.5, 49), (30.5, 49.5), (29.5, 49.5), (29.5, 49)]
            .map { Position(longitude: $0.0, latitude: $0.1) }
        let line = try Shapes.meridianLine(extras: [ContactLine.ExtraHeldArea(name: "spit", ring: ring)])
        let overlay = try OccupationOverlay(boundaries: boundaries, heldArea: HeldArea(line: line, outline: boundaries.outline))
        let expected = try Shapes.squareKm2(Shapes.rectangle(west: 31, south: 48, east: 32, north: 50))
            + Shapes.squareKm2(Shapes.rectangle(west: 30, south: 49, east: 30.5, north: 49.5))
        #expect(abs(overlay.heldKm2 - expected) / expected < 1e-9)
    }

    @Test("a line whose first waypoint lies inside the country is refused: it cannot cut the country in two")
    func endInsideOutline() throws {
        var line = try Shapes.meridianLine()
        line.waypoints[0].position = Position(longitude: 31, latitude: 48.2)
        #expect(throws: OverlayError.lineEndInsideOutline(date: "2025-07-01", end: "first")) {
            try HeldArea(line: line, outline: GEOS.Geometry(Shapes.outline))
        }
    }

    @Test("a line that crosses itself has no defined held side and is refused")
    func selfCrossingLine() throws {
        var line = try Shapes.meridianLine()
        line.waypoints = [(31, 47.5), (31, 49.5), (30.5, 49), (31.5, 49), (31.5, 50.5)]
            .map { ContactLine.Waypoint(name: "", position: Position(longitude: $0.0, latitude: $0.1)) }
        #expect(throws: OverlayError.lineCrossesItself(date: "2025-07-01")) {
            try HeldArea(line: line, outline: GEOS.Geometry(Shapes.outline))
        }
    }

    @Test("a line that passes east of the country, holding the east, leaves nothing held and says so")
    func lineOutsideCountry() throws {
        var line = try Shapes.meridianLine()
        line.waypoints = line.waypoints.map { var moved = $0; moved.position.longitude = 35; return moved }
        #expect(throws: OverlayError.noHeldGround(source: "line of contact 2025-07-01")) {
            try HeldArea(line: line, outline: GEOS.Geometry(Shapes.outline))
        }
    }
}

@Suite("Overlay: distance from a site to the nearest held ground")
struct OverlayNearestHeldPointTests {
    typealias Shapes = OverlayTestShapes

    @Test("a site due east of the held half is nearest to the point of the eastern border at its latitude")
    func siteOutside() throws {
        let held = try HeldArea(line: Shapes.meridianLine(), outline: GEOS.Geometry(Shapes.outline))
        let site = Position(longitude: 33, latitude: 49.25)
        let nearest = try NearestAreaPoint.find(from: site, on: held.geometry.geoJSON())
        #expect(!nearest.siteIsInside)
        // The border is the meridian 32° E; the nearest point on it lies on it (edges are densified to 0.05°, so
        // within 1e-5° ≈ 1 m) and within 0.01° of 49.25° N (the geodesic foot leans slightly poleward).
        #expect(abs(nearest.point.longitude - 32) < 1e-5 && abs(nearest.point.latitude - 49.25) < 0.01)
        // It is the nearest point: no farther than the point of the border at the site's latitude.
        let direct = try Proj.Geodesic.wgs84.inverse(from: site, to: Position(longitude: 32, latitude: 49.25)).meters
        #expect(nearest.meters <= direct + 1e-3 && abs(nearest.meters - direct) / direct < 0.005)
    }

    @Test("a site inside the held area is at distance zero")
    func siteInside() throws {
        let held = try HeldArea(line: Shapes.meridianLine(), outline: GEOS.Geometry(Shapes.outline))
        let nearest = try NearestAreaPoint.find(from: Position(longitude: 31.5, latitude: 49), on: held.geometry.geoJSON())
        #expect(nearest.siteIsInside && nearest.meters == 0)
    }
}
