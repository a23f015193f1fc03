import Foundation

extension Gazetteer {
    /// Environment variable naming a GeoData directory to use instead of the bundled one.
    public static let geoDataEnvironmentVariable = "NEWSMAP_GEODATA"

    /// Loads the GeoData that ships with NewsMap. Looks in `$NEWSMAP_GEODATA`, then in `GeoData/` of the package
    /// the executable was built in (walking up from the executable), then of the package this source was compiled
    /// from, then in `./GeoData`.
    /// - Throws: `GazetteerError.missingFile` naming the file it looked for, or `.corruptFile`.
    public static func bundled() throws -> Gazetteer {
        try load(from: locateGeoData())
    }

    /// The GeoData directory `bundled()` would use.
    public static func locateGeoData() throws -> String {
        if let explicit = ProcessInfo.processInfo.environment[geoDataEnvironmentVariable], !explicit.isEmpty {
            return explicit
        }
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL { starts.append(executable.resolvingSymlinksInPath().deletingLastPathComponent()) }
        // This file lives at <package>/Sources/Gazetteer/GeoDataLocation.swift.
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        starts.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        for start in starts {
            var directory = start
            for _ in 0..<8 {
                let candidate = directory.appendingPathComponent("GeoData")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(indexFileName).path) {
                    return candidate.path
                }
                let parent = directory.deletingLastPathComponent()
                if parent.path == directory.path { break }
                directory = parent
            }
        }
        throw GazetteerError.missingFile(path: FileManager.default.currentDirectoryPath + "/GeoData/" + indexFileName)
    }
}
