import Foundation

extension ContactLineArchive {
    /// The lines shipped in `GeoData/contact-lines/`, found as the gazetteer finds GeoData: `$NEWSMAP_GEODATA`,
    /// then a `GeoData` folder above the running executable (the package root of a build), then the current folder.
    /// - Throws: `OverlayError.unreadable` when no such folder exists; the errors of ``init(directory:)``.
    public static func bundled() throws(OverlayError) -> ContactLineArchive {
        var candidates: [String] = []
        if let root = ProcessInfo.processInfo.environment["NEWSMAP_GEODATA"], !root.isEmpty {
            candidates.append((root as NSString).appendingPathComponent("contact-lines"))
        }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("GeoData/contact-lines").path)
            folder = folder.deletingLastPathComponent()
        }
        candidates.append((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent("GeoData/contact-lines"))
        var isDirectory: ObjCBool = false
        guard let directory = candidates.first(where: {
            FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue
        }) else {
            throw .unreadable(path: "GeoData/contact-lines", reason: "folder not found (set NEWSMAP_GEODATA to the GeoData folder)")
        }
        return try ContactLineArchive(directory: directory)
    }
}
