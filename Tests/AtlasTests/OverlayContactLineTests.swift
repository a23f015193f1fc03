import Foundation
import Testing
@testable import Atlas

@Suite("Overlay: dated lines of contact and --as-of")
struct OverlayContactLineTests {
    static let bundledDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GeoData/contact-lines").path

    @Test("the bundled folder holds the late-2022 and mid-2025 lines, oldest first, both held on the right")
    func bundledLines() throws {
        let archive = try ContactLineArchive(directory: Self.bundledDirectory)
        #expect(archive.lines.map(\.date.description) == ["2022-12-01", "2025-07-01"])
        #expect(archive.lines.allSatisfy { $0.heldSide == .right && $0.waypoints.count > 50 })
        #expect(archive.lines.allSatisfy { $0.note.contains("approximation") })
        #expect(archive.lines.allSatisfy { $0.extraHeldAreas.contains { $0.name == "Kinburn Spit" } })
    }

    @Test("--as-of picks the latest line on or before the day; none means the newest")
    func asOfSelection() throws {
        let archive = try ContactLineArchive(directory: Self.bundledDirectory)
        #expect(try archive.line().date.description == "2025-07-01")
        #expect(try archive.line(asOf: CalendarDate("2024-01-01")).date.description == "2022-12-01")
        #expect(try archive.line(asOf: CalendarDate("2022-12-01")).date.description == "2022-12-01")
        #expect(try archive.line(asOf: CalendarDate("2030-01-01")).date.description == "2025-07-01")
    }

    @Test("a day before the earliest line is an error naming the earliest date")
    func beforeEarliest() throws {
        let archive = try ContactLineArchive(directory: Self.bundledDirectory)
        #expect(throws: OverlayError.noLineOnOrBefore(date: "2022-11-30", earliest: "2022-12-01")) {
            try archive.line(asOf: CalendarDate("2022-11-30"))
        }
    }

    @Test("dates must be real days written YYYY-MM-DD")
    func invalidDates() {
        for text in ["2023-02-29", "2023-1-01", "2023-13-01", "yesterday", "2024-02-30", ""] {
            #expect(throws: OverlayError.invalidDate(text)) { try CalendarDate(text) }
        }
        #expect((try? CalendarDate("2024-02-29"))?.description == "2024-02-29")
    }

    @Test("a line file without held_side is refused, naming the member")
    func malformedLineFile() {
        let text = #"{"date":"2025-07-01","line":[{"lat":46,"lon":31},{"lat":50,"lon":38}]}"#
        do {
            _ = try ContactLine(json: Array(text.utf8), path: "x.json")
            Issue.record("no error")
        } catch {
            #expect(error.description.contains("held_side"))
        }
    }

    @Test("a folder without dated lines is an error, not an empty archive")
    func emptyFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("overlay-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: OverlayError.noContactLines(directory: folder.path)) { try ContactLineArchive(directory: folder.path) }
    }
}
