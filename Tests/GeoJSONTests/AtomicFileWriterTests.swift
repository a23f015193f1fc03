import Foundation
import Testing
@testable import GeoJSON

/// A fresh empty directory under /tmp for one test.
private func scratchDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "geojson-atomic-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

private func contents(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

private func entries(_ directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
}

@Suite("Atomic file writer")
struct AtomicFileWriterTests {
    @Test("Writing creates the file, replaces an existing one, and leaves no temporary behind")
    func writesAndReplaces() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/layer.geojson"
        try AtomicFileWriter.write("first\n", to: path)
        #expect(contents(path) == "first\n")
        try AtomicFileWriter.write(Array("second".utf8), to: path)
        #expect(contents(path) == "second")
        try AtomicFileWriter.write("", to: path)
        #expect(contents(path) == "")
        #expect(entries(directory) == ["layer.geojson"])
    }

    @Test("A missing directory is reported with the path and the OS reason")
    func missingDirectory() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/no-such-dir/out.geojson"
        #expect {
            try AtomicFileWriter.write("x", to: path)
        } throws: { error in
            guard let error = error as? FileWriteError else { return false }
            return error.kind == .missingDirectory && error.path == path && error.errorNumber == ENOENT
                && error.description.contains(path) && error.description.contains("No such file")
        }
    }

    @Test("A path under a regular file is an unwritable directory (works even as root)")
    func pathUnderAFile() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try AtomicFileWriter.write("I am a file", to: directory + "/file.txt")
        let path = directory + "/file.txt/sub"
        #expect(throws: FileWriteError.self) { try AtomicFileWriter.write("x", to: path) }
        do {
            try AtomicFileWriter.write("x", to: path)
        } catch {
            #expect(error.kind == .notADirectory)
            #expect(error.reason.contains("Not a directory"))
        }
    }

    @Test("A target that is a directory is refused and the directory is untouched")
    func targetIsDirectory() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory + "/out", withIntermediateDirectories: false)
        #expect {
            try AtomicFileWriter.write("x", to: directory + "/out")
        } throws: { error in
            (error as? FileWriteError)?.kind == .targetIsDirectory
        }
        #expect(entries(directory) == ["out"])
    }

    @Test("A batch renames nothing when one file fails: existing files keep their contents, no temporaries remain")
    func batchIsAllOrNothing() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try AtomicFileWriter.write("old venues", to: directory + "/venues.geojson")
        try AtomicFileWriter.write("blocker", to: directory + "/file.txt")
        #expect(throws: FileWriteError.self) {
            try AtomicFileWriter.writeBatch([
                (path: directory + "/venues.geojson", contents: "new venues"),
                (path: directory + "/rings.geojson", contents: "new rings"),
                (path: directory + "/file.txt/sub/bad.geojson", contents: "never"),
            ])
        }
        #expect(contents(directory + "/venues.geojson") == "old venues")
        #expect(entries(directory) == ["file.txt", "venues.geojson"])
    }

    @Test("A successful batch replaces every file")
    func batchSucceeds() throws {
        let directory = try scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try AtomicFileWriter.write("old", to: directory + "/a.geojson")
        try AtomicFileWriter.writeBatch([
            (path: directory + "/a.geojson", contents: "new a"),
            (path: directory + "/b.geojsonl", contents: "new b"),
        ])
        #expect(contents(directory + "/a.geojson") == "new a")
        #expect(contents(directory + "/b.geojsonl") == "new b")
        #expect(entries(directory) == ["a.geojson", "b.geojsonl"])
    }
}
