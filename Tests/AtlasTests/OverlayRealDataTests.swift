import Foundation
import GEOS
import GeoJSON
import Gazetteer
import Testing
@testable import Atlas

/// The bundled lines of contact on the bundled boundaries, held against public reporting (FACTS.md) and against
/// pyproj on the same polygons (Tests/Fixtures/overlay/pyproj-areas.json, made by Scripts/overlay-fixture).
@Suite("Overlay: real boundaries and the bundled lines")
struct OverlayRealDataTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let boundaries: Result<UkraineBoundaries, any Error> = Result {
        try UkraineBoundaries(gazetteer: Gazetteer.load(from: packageRoot.appendingPathComponent("GeoData").path))
    }

    static func overlay(_ date: String) throws -> OccupationOverlay {
        let boundaries = try Self.boundaries.get()
        let archive = try ContactLineArchive(directory: packageRoot.appendingPathComponent("GeoData/contact-lines").path)
        let line = try archive.line(asOf: CalendarDate(date))
        return try OccupationOverlay(boundaries: boundaries, heldArea: HeldArea(line: line, outline: boundaries.outline))
    }

    static func share(_ code: String, in overlay: OccupationOverlay) throws -> Double {
        try #require(overlay.oblasts.first { $0.code == code }).heldShare
    }

    @Test("mid-2025: just under a fifth of Ukraine held (bar 17–21 %), valid and RFC 7946-clean")
    func midTwentyTwentyFiveShare() throws {
        let overlay = try Self.overlay("2025-07-01")
        #expect(overlay.heldShareOfUkraine > 0.17 && overlay.heldShareOfUkraine < 0.21)
        #expect(try overlay.heldAreaGeometry.isValid())
        let text = GeoJSONWriter(precision: 6).string(overlay.featureCollection())
        #expect(RFC7946Validator.validate(text: text).isEmpty)
    }

    @Test("mid-2025 per oblast: Luhansk ≥ 95 %, Crimea and Sevastopol ≥ 99 %, Donetsk, Zaporizhzhia, Kherson 60–85 %, Kharkiv < 10 %")
    func midTwentyTwentyFiveOblasts() throws {
        let overlay = try Self.overlay("2025-07-01")
        #expect(try Self.share("UA-09", in: overlay) >= 0.95)
        #expect(try Self.share("UA-43", in: overlay) >= 0.99)
        #expect(try Self.share("UA-40", in: overlay) >= 0.99)
        for code in ["UA-14", "UA-23", "UA-65"] {
            let share = try Self.share(code, in: overlay)
            #expect(share > 0.60 && share < 0.85, "\(code): \(share)")
        }
        #expect(try Self.share("UA-63", in: overlay) < 0.10)
        #expect(try Self.share("UA-63", in: overlay) > 0)   // Kharkiv is listed because it holds occupied ground
    }

    @Test("late 2022: Kherson oblast about 70 % held (the left bank; FACTS: 73 % in February 2023), 65–80 % is the bar")
    func lateTwentyTwentyTwoKherson() throws {
        let share = try Self.share("UA-65", in: Self.overlay("2022-12-01"))
        #expect(share > 0.65 && share < 0.80)
    }

    @Test("every polygon's area_km2 equals pyproj's Geod.geometry_area_perimeter on the same polygon to 1e-6 relative")
    func areasMatchPyproj() throws {
        let url = Self.packageRoot.appendingPathComponent("Tests/Fixtures/overlay/pyproj-areas.json")
        let fixture = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let snapshots = try #require(fixture?["snapshots"] as? [String: [[String: Any]]])
        #expect(snapshots.count == 2)
        for (date, rows) in snapshots {
            let features = try Self.overlay(date).featureCollection().features
            #expect(features.count == rows.count, "\(date)")
            for (feature, row) in zip(features, rows) {
                guard case .number(let ours)? = feature.properties["area_km2"],
                      let theirs = row["area_km2"] as? Double else { Issue.record("no area in \(date)"); continue }
                #expect(feature.properties["id"] == .string(row["id"] as? String ?? ""))
                #expect(abs(ours - theirs) / theirs < 1e-6, "\(date) \(row["kind"] ?? "") \(row["id"] ?? ""): \(ours) vs \(theirs)")
            }
        }
    }

    @Test("between late 2022 and mid-2025 ground changed hands in Donetsk, Luhansk and Kharkiv, most in Donetsk")
    func changeBetweenBundledLines() throws {
        let change = try ControlChange(from: Self.overlay("2022-12-01").heldArea, to: Self.overlay("2025-07-01").heldArea,
                                       boundaries: Self.boundaries.get())
        #expect(change.oblasts.first?.code == "UA-14")
        for code in ["UA-14", "UA-09", "UA-63"] {
            #expect((change.oblasts.first { $0.code == code }?.gainedKm2 ?? 0) > 500, "\(code)")
        }
        // The held total grew by the net change (each polygon is rounded and measured on its own: 0.1 %).
        let grown = try Self.overlay("2025-07-01").heldKm2 - Self.overlay("2022-12-01").heldKm2
        #expect(abs(change.netKm2 - grown) / grown < 1e-3)
    }
}
