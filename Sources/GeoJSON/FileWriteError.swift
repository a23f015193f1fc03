#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written: which path, what kind of failure, and the operating system's reason.
public struct FileWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The directory the file should go in does not exist.
        case missingDirectory
        /// A component of the path is a regular file, not a directory.
        case notADirectory
        /// The target path is an existing directory.
        case targetIsDirectory
        /// Permission denied or a read-only file system.
        case permissionDenied
        /// Any other failure (disk full, I/O error, ...).
        case ioFailure
    }

    /// The path the caller asked to write.
    public var path: String
    public var kind: Kind
    /// The step that failed: "create temporary file", "write", "fsync", "rename", ...
    public var operation: String
    /// The `errno` value, 0 when the failure was found without a system call.
    public var errorNumber: Int32
    /// The operating system's text for `errorNumber` (`strerror`).
    public var reason: String

    public init(path: String, kind: Kind, operation: String, errorNumber: Int32, reason: String) {
        self.path = path
        self.kind = kind
        self.operation = operation
        self.errorNumber = errorNumber
        self.reason = reason
    }

    /// An error from a failed system call, classified by `errno`.
    static func system(path: String, operation: String, errorNumber: Int32) -> FileWriteError {
        let kind: Kind
        switch errorNumber {
        case ENOENT: kind = .missingDirectory
        case ENOTDIR: kind = .notADirectory
        case EISDIR: kind = .targetIsDirectory
        case EACCES, EPERM, EROFS: kind = .permissionDenied
        default: kind = .ioFailure
        }
        let reason = strerror(errorNumber).map { String(cString: $0) } ?? "error \(errorNumber)"
        return FileWriteError(path: path, kind: kind, operation: operation, errorNumber: errorNumber, reason: reason)
    }

    public var description: String { "cannot write \(path): \(operation) failed: \(reason)" }
}
