import GEOS
import GeoJSON
import Testing
@testable import Atlas

@Suite("Overlay: ground that changed hands between two snapshots")
struct OverlayChangeTests {
    typealias Shapes = OverlayTestShapes

    private func control(_ geometry: GeoJSON.Geometry) throws -> HeldArea {
        let text = GeoJSONWriter().string(geometry)
        return try HeldArea(control: Array(text.utf8), source: "snapshot", outline: GEOS.Geometry(Shapes.outline))
    }

    /// Old: the eastern half. New: the same plus a known 0.5°×0.5° square west of the line (30.5°–31° E, 49°–49.5° N).
    private let square = Shapes.rectangle(west: 30.5, south: 49, east: 31, north: 49.5)
    private let oldHeld = Shapes.rectangle(west: 31, south: 48, east: 32, north: 50)
    private var newHeld: GeoJSON.Geometry {
        .polygon([[(31, 48), (32, 48), (32, 50), (31, 50), (31, 49.5), (30.5, 49.5), (30.5, 49), (31, 49), (31, 48)]
            .map { Position(longitude: $0.0, latitude: $0.1) }])
    }

    @Test("a snapshot shifted by a known square gains exactly that square's area (within 0.1 %), losing nothing")
    func gainedEqualsKnownSquare() throws {
        let change = try ControlChange(from: control(oldHeld), to: control(newHeld), boundaries: Shapes.boundaries())
        let expected = try Shapes.squareKm2(square)
        #expect(abs(change.gainedKm2 - expected) / expected < 0.001)
        #expect(change.lostKm2 < 1e-6)
        // The square lies in West (UA-05) only.
        #expect(change.oblasts.map(\.code) == ["UA-05"])
        #expect(abs((change.oblasts.first?.gainedKm2 ?? 0) - expected) / expected < 0.001)
    }

    @Test("the same two snapshots the other way round lose that square")
    func reversedIsLost() throws {
        let change = try ControlChange(from: control(newHeld), to: control(oldHeld), boundaries: Shapes.boundaries())
        let expected = try Shapes.squareKm2(square)
        #expect(abs(change.lostKm2 - expected) / expected < 0.001)
        #expect(change.gainedKm2 < 1e-6)
        #expect(abs(change.netKm2 + expected) / expected < 0.001)
    }

    @Test("the change layer has one styled polygon per oblast and direction, with area_km2")
    func changeLayer() throws {
        let change = try ControlChange(from: control(oldHeld), to: control(newHeld), boundaries: Shapes.boundaries())
        let collection = change.featureCollection()
        #expect(collection.features.count == 1)
        let feature = try #require(collection.features.first)
        #expect(feature.properties["kind"] == "gained")
        #expect(feature.properties["id"] == "UA-05")
        for key in SimpleStyle.requiredKeys + ["area_km2", "name"] { #expect(feature.properties[key] != nil) }
        #expect(RFC7946Validator.validate(text: GeoJSONWriter().string(collection)).isEmpty)
    }
}
