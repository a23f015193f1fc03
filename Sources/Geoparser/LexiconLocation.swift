#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds `GeoData/lexicons`: `$NEWSMAP_GEODATA/lexicons`, else a `GeoData/lexicons` in a folder above the
/// running executable (the package root of a SwiftPM build), else one in the current directory.
public enum LexiconLocation {
    public static func lexiconDirectory() -> String? {
        if let root = getenv("NEWSMAP_GEODATA").map({ String(cString: $0) }), !root.isEmpty {
            return exists("\(root)/lexicons/first-names.txt") ? "\(root)/lexicons" : nil
        }
        var folder = executableFolder()
        while let current = folder, !current.isEmpty {
            if exists("\(current)/GeoData/lexicons/first-names.txt") { return "\(current)/GeoData/lexicons" }
            guard let slash = current.lastIndex(of: "/") else { break }
            folder = slash == current.startIndex ? nil : String(current[..<slash])
        }
        return exists("GeoData/lexicons/first-names.txt") ? "GeoData/lexicons" : nil
    }

    static func executableFolder() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        let path = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }

    static func exists(_ path: String) -> Bool { access(path, R_OK) == 0 }
}
