import Foundation
import Testing

/// `newsmap overlay occupied` and `newsmap overlay change`, run as a user runs them.
@Suite("CLI: overlay occupied and overlay change")
struct OverlayCommandTests {
    @Test("--as-of before the earliest bundled line exits 1 and names the earliest date")
    func asOfTooEarly() throws {
        let result = try CLIRunner.run(["overlay", "occupied", "--as-of", "2022-11-30"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("2022-12-01"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test("--as-of that is not a real day exits 1 and shows the expected form")
    func asOfNotADate() throws {
        let result = try CLIRunner.run(["overlay", "occupied", "--as-of", "2023-02-30"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("YYYY-MM-DD"))
    }

    @Test("--control together with --as-of is a usage error: exit 2")
    func controlWithAsOf() throws {
        let result = try CLIRunner.run(["overlay", "occupied", "--control", "x.geojson", "--as-of", "2023-01-01"])
        #expect(result.status == 2)
    }

    @Test("overlay change with a snapshot that is neither a file nor a date exits 1")
    func changeWithUnknownSnapshot() throws {
        let result = try CLIRunner.run(["overlay", "change", "no-such-file.geojson", "2025-07-01"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-file.geojson"))
    }
}
