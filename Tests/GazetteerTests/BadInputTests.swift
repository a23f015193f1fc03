import Foundation
import Testing
import Gazetteer
import GeoJSON

@Suite("Bad input")
struct BadInputTests {
    @Test("An empty or blank name is an error, not a guess")
    func emptyName() throws {
        let gazetteer = try BundledGeoData.gazetteer()
        #expect(throws: GazetteerError.emptyName) { try gazetteer.place(named: "") }
        #expect(throws: GazetteerError.emptyName) { try gazetteer.place(named: "  ,. ") }
        #expect(gazetteer.candidates(for: "").isEmpty)
        #expect(gazetteer.suggestions(for: "").isEmpty)
    }

    @Test("NaN, infinite and out-of-range coordinates are rejected", arguments: [
        Position(lat: .nan, lon: 10), Position(lat: 10, lon: .nan), Position(lat: .infinity, lon: 0),
        Position(lat: 91, lon: 0), Position(lat: 0, lon: 180.5),
    ])
    func badCoordinates(position: Position) throws {
        let gazetteer = try BundledGeoData.gazetteer()
        #expect {
            try gazetteer.reverse(position)
        } throws: { error in
            if case GazetteerError.invalidCoordinate = error { return true }
            return false
        }
    }

    @Test("A missing GeoData file is reported by its path")
    func missingFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        #expect(throws: GazetteerError.missingFile(path: directory + "/gazetteer.bin")) { try Gazetteer.load(from: directory) }
        try FileManager.default.copyItem(atPath: BundledGeoData.directory + "/gazetteer.bin", toPath: directory + "/gazetteer.bin")
        #expect(throws: GazetteerError.missingFile(path: directory + "/boundaries.bin")) { try Gazetteer.load(from: directory) }
    }

    /// Damage 0: not a gazetteer at all; 1: cut in half; 2: 64 bytes of place records overwritten.
    @Test("A corrupt or truncated GeoData file is reported by its path", arguments: [0, 1, 2])
    func corruptFile(damage: Int) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let original = try Data(contentsOf: URL(fileURLWithPath: BundledGeoData.directory + "/gazetteer.bin"))
        var damaged: Data
        switch damage {
        case 0: damaged = Data("hello, world\n".utf8)
        case 1: damaged = original.prefix(original.count / 2)
        default:
            damaged = original
            // Overwrite a stretch in the middle of the place records with 0xFF bytes.
            let middle = original.count / 3
            damaged.replaceSubrange(middle..<middle + 64, with: [UInt8](repeating: 0xFF, count: 64))
        }
        try damaged.write(to: URL(fileURLWithPath: directory + "/gazetteer.bin"))
        try FileManager.default.copyItem(atPath: BundledGeoData.directory + "/boundaries.bin", toPath: directory + "/boundaries.bin")
        #expect {
            try Gazetteer.load(from: directory)
        } throws: { error in
            guard case GazetteerError.corruptFile(let path, _) = error else { return false }
            return path == directory + "/gazetteer.bin" && "\(error)".contains(path)
        }
    }

    @Test("A truncated boundary file is reported by its path")
    func corruptBoundaries() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(atPath: BundledGeoData.directory + "/gazetteer.bin", toPath: directory + "/gazetteer.bin")
        let original = try Data(contentsOf: URL(fileURLWithPath: BundledGeoData.directory + "/boundaries.bin"))
        try original.prefix(1000).write(to: URL(fileURLWithPath: directory + "/boundaries.bin"))
        #expect(throws: GazetteerError.corruptFile(path: directory + "/boundaries.bin", reason: "offset table runs past the end")) {
            try Gazetteer.load(from: directory)
        }
    }

    private func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "gazetteer-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
