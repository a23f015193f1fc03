#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removal of an output file a previous run left behind.
enum StaleFile {
    /// Unlinks `path` if it is a regular file; anything else (absent, a directory) is left alone.
    static func remove(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        unlink(path)
    }
}
