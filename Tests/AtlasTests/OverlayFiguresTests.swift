import GEOS
import GeoJSON
import Testing
@testable import Atlas

@Suite("Overlay: per-oblast figures and the occupied layer")
struct OverlayFiguresTests {
    typealias Shapes = OverlayTestShapes

    private func overlay() throws -> OccupationOverlay {
        let boundaries = try Shapes.boundaries()
        return try OccupationOverlay(boundaries: boundaries, heldArea: HeldArea(line: Shapes.meridianLine(), outline: boundaries.outline))
    }

    private func oblast(_ code: String, in overlay: OccupationOverlay) throws -> OblastOccupation {
        try #require(overlay.oblasts.first { $0.code == code })
    }

    @Test("claimed oblasts come first in the fixed order; unclaimed ones only with held ground")
    func oblastSelection() throws {
        let codes = try overlay().oblasts.map(\.code)
        #expect(codes == ["UA-14", "UA-23", "UA-63"])   // West (UA-05) holds nothing and is left out
    }

    @Test("an oblast wholly on the held side is 100 % held with no remainder")
    func whollyHeld() throws {
        let donetsk = try oblast("UA-14", in: overlay())
        #expect(abs(donetsk.heldShare - 1) < 1e-9)
        #expect(donetsk.remainder == nil)
        #expect(donetsk.remainderKm2 < 1e-6)
    }

    @Test("a claimed oblast astride the line: held is its eastern half, the remainder its western half (1e-9 relative)")
    func remainderOfClaimedOblast() throws {
        let zaporizhzhia = try oblast("UA-23", in: overlay())
        let west = try Shapes.squareKm2(Shapes.rectangle(west: 30.5, south: 48, east: 31, north: 49))
        let east = try Shapes.squareKm2(Shapes.rectangle(west: 31, south: 48, east: 31.5, north: 49))
        let whole = try Shapes.squareKm2(Shapes.rectangle(west: 30.5, south: 48, east: 31.5, north: 49))
        #expect(abs(zaporizhzhia.remainderKm2 - west) / west < 1e-9)
        #expect(abs(zaporizhzhia.heldKm2 - east) / east < 1e-9)
        #expect(abs(zaporizhzhia.areaKm2 - whole) / whole < 1e-9)
        #expect(abs(zaporizhzhia.heldShare - east / whole) < 1e-12)
        // Halves with 0.5°-long geodesic edges enclose slightly less than the whole with 1°-long ones (≈1e-5).
        #expect(abs(zaporizhzhia.heldKm2 + zaporizhzhia.remainderKm2 - zaporizhzhia.areaKm2) / whole < 1e-4)
    }

    @Test("an oblast sticking out of the outline is clipped to it first, and the clipped polygon is its geometry")
    func oblastClippedToOutline() throws {
        let kharkiv = try oblast("UA-63", in: overlay())
        let clipped = try Shapes.squareKm2(Shapes.rectangle(west: 31.5, south: 48, east: 32, north: 49))
        #expect(abs(kharkiv.areaKm2 - clipped) / clipped < 1e-9)
        #expect(abs(kharkiv.heldShare - 1) < 1e-9)
        #expect(try GEOS.Geometry(kharkiv.clipped).extent()?.maxX == 32)
        #expect(kharkiv.remainder == nil)   // not claimed: no remainder feature
    }

    @Test("an invalid oblast polygon (a bow-tie) is repaired with make-valid before use, and the repair is listed")
    func invalidOblastIsRepaired() throws {
        let bowTie = GeoJSON.Geometry.polygon([[(31, 48.5), (32, 49.5), (32, 48.5), (31, 49.5), (31, 48.5)]
            .map { Position(longitude: $0.0, latitude: $0.1) }])
        let boundaries = try UkraineBoundaries(outline: GEOS.Geometry(Shapes.outline), oblasts: [
            OblastBoundary(code: "UA-09", name: "Luhansk", geometry: try GEOS.Geometry(bowTie)),
        ])
        #expect(boundaries.repairs.count == 1 && boundaries.repairs[0].hasPrefix("UA-09: Self-intersection"))
        let overlay = try OccupationOverlay(boundaries: boundaries, heldArea: HeldArea(line: Shapes.meridianLine(), outline: boundaries.outline))
        // Both triangles survive the repair (together half the 1°×1° cell) and lie east of the line at 31° E.
        let luhansk = try #require(overlay.oblasts.first)
        let cell = try Shapes.squareKm2(Shapes.rectangle(west: 31, south: 48.5, east: 32, north: 49.5))
        #expect(abs(luhansk.areaKm2 / cell - 0.5) < 0.01)
        #expect(abs(luhansk.heldShare - 1) < 1e-9)
    }

    @Test("the layer: held area, oblast outlines, remainders, each styled and carrying its figures")
    func featureCollectionKeys() throws {
        let collection = try overlay().featureCollection()
        let kinds = collection.features.map { feature -> String in
            if case .string(let kind)? = feature.properties["kind"] { return kind }
            return "?"
        }
        #expect(kinds == ["held_area", "oblast", "oblast", "oblast", "remainder"])
        for feature in collection.features {
            for key in SimpleStyle.requiredKeys + ["name", "id", "area_km2", "as_of", "note"] {
                #expect(feature.properties[key] != nil, "feature \(String(describing: feature.properties["name"])) lacks \(key)")
            }
        }
        for feature in collection.features where feature.properties["kind"] == "oblast" {
            #expect(feature.properties["held_km2"] != nil && feature.properties["held_share"] != nil)
        }
        let remainder = try #require(collection.features.last)
        #expect(remainder.properties["id"] == "UA-23")
        #expect(remainder.properties["remainder_km2"] == remainder.properties["area_km2"])
        guard case .object(let occupation)? = collection.foreignMembers["occupation"] else {
            Issue.record("no occupation foreign member"); return
        }
        #expect(occupation["as_of"] == "2025-07-01")
        #expect(occupation["note"] == "synthetic")
    }

    @Test("the written layer is RFC 7946-clean at 6 decimals")
    func layerIsRFC7946Clean() throws {
        let text = GeoJSONWriter(precision: 6).string(try overlay().featureCollection())
        #expect(RFC7946Validator.validate(text: text).isEmpty)
    }

    @Test("the JSON summary carries the keys the CLI contract names")
    func summaryKeys() throws {
        guard case .object(let summary) = try overlay().summary() else { Issue.record("not an object"); return }
        for key in ["held_km2", "held_share_of_ukraine", "ukraine_km2", "as_of", "oblasts"] {
            #expect(summary[key] != nil, "summary lacks \(key)")
        }
        guard case .array(let oblasts)? = summary["oblasts"], case .object(let first)? = oblasts.first else {
            Issue.record("no oblasts"); return
        }
        #expect(first["id"] == "UA-14" && first["held_share"] != nil && first["area_km2"] != nil)
    }
}
