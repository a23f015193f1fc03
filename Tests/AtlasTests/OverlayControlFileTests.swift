import GEOS
import GeoJSON
import Testing
@testable import Atlas

@Suite("Overlay: user control files (--control)")
struct OverlayControlFileTests {
    typealias Shapes = OverlayTestShapes

    private func held(_ text: String) throws -> HeldArea {
        try HeldArea(control: Array(text.utf8), source: "test.geojson", outline: GEOS.Geometry(Shapes.outline))
    }

    private func km2(_ area: HeldArea) throws -> Double {
        try OccupationOverlay(boundaries: Shapes.boundaries(), heldArea: area).heldKm2
    }

    /// The eastern half, 31°–32° E, as a Feature; `ring` overrides its exterior ring.
    private func eastHalf(ring: String = "[[31,48],[32,48],[32,50],[31,50],[31,48]]", extra: String = "") -> String {
        #"{"type":"Feature","properties":{"date":"2024-05-01"},"geometry":{"type":"Polygon","coordinates":[\#(ring)]}\#(extra)}"#
    }

    @Test("a valid control polygon is used as given, dated by its properties, with no notes")
    func validControl() throws {
        let area = try held(eastHalf())
        let expected = try Shapes.squareKm2(Shapes.rectangle(west: 31, south: 48, east: 32, north: 50))
        #expect(abs(try km2(area) - expected) / expected < 1e-9)
        #expect(area.notes.isEmpty)
        #expect(area.asOf?.description == "2024-05-01")
        #expect(area.source == "control file test.geojson")
    }

    @Test("a self-intersecting (bow-tie) polygon is repaired with make-valid and the repair is reported")
    func selfIntersectingIsRepaired() throws {
        // Two triangles meeting at (31.5, 49): 31°–32° E, 48.5°–49.5° N crossed over.
        let area = try held(eastHalf(ring: "[[31,48.5],[32,49.5],[32,48.5],[31,49.5],[31,48.5]]"))
        #expect(try area.geometry.isValid())
        let repair = try #require(area.notes.first { $0.contains("make-valid") })
        #expect(repair.contains("Self-intersection"))
        // Each triangle spans half a 1°×1° cell; together about half the cell.
        let cell = try Shapes.squareKm2(Shapes.rectangle(west: 31, south: 48.5, east: 32, north: 49.5))
        #expect(abs(try km2(area) / cell - 0.5) < 0.01)
    }

    @Test("a clockwise exterior ring is accepted with a note, and measures the same as the anticlockwise one")
    func wrongWindingIsAccepted() throws {
        let clockwise = try held(eastHalf(ring: "[[31,48],[31,50],[32,50],[32,48],[31,48]]"))
        #expect(clockwise.notes.contains { $0.contains("clockwise") })
        #expect(abs(try km2(clockwise) - km2(held(eastHalf()))) < 1e-6)
    }

    @Test("a crs member is ignored with a warning in the notes")
    func crsMemberIsWarned() throws {
        let area = try held(eastHalf(extra: #","crs":{"type":"name","properties":{"name":"EPSG:4326"}}"#))
        #expect(area.notes.contains { $0.contains("crs") })
    }

    @Test("an empty collection, an empty polygon and a file of points are each 'holds no polygon'")
    func emptyControls() throws {
        for text in [
            #"{"type":"FeatureCollection","features":[]}"#,
            #"{"type":"Polygon","coordinates":[]}"#,
            #"{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[31,49]}}"#,
        ] {
            #expect(throws: OverlayError.emptyControl(source: "test.geojson")) { try held(text) }
        }
    }

    @Test("a polygon that does not overlap the country is refused")
    func noOverlap() throws {
        #expect(throws: OverlayError.controlOutsideUkraine(source: "test.geojson")) {
            try held(eastHalf(ring: "[[35,48],[36,48],[36,50],[35,50],[35,48]]"))
        }
    }

    @Test("a control polygon larger than the country is clipped to the outline, with a note")
    func clippedToOutline() throws {
        let area = try held(eastHalf(ring: "[[31,48],[34,48],[34,50],[31,50],[31,48]]"))
        let expected = try Shapes.squareKm2(Shapes.rectangle(west: 31, south: 48, east: 32, north: 50))
        #expect(abs(try km2(area) - expected) / expected < 1e-9)
        #expect(area.notes.contains { $0.contains("outside") })
    }

    @Test("malformed JSON is an error that says where the text goes wrong")
    func malformedJSON() throws {
        do {
            _ = try held(#"{"type":"Feature","#)
            Issue.record("no error")
        } catch let error as OverlayError {
            guard case .malformedControl(let source, let reason) = error else { Issue.record("\(error)"); return }
            #expect(source == "test.geojson")
            #expect(reason.contains("line 1"))
        }
    }
}
