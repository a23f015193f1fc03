import Foundation

/// Reads a file named on the command line, or standard input for "-".
enum InputFile {
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw InputError("\(path): is a directory, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError("\(path): cannot be read (permissions?)")
        }
        return Array(data)
    }

    static func displayName(_ path: String) -> String { path == "-" ? "standard input" : path }
}
