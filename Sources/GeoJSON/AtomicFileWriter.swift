#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers see either the old contents or the new, never a partial file.
///
/// Each file is written to a temporary file in the same directory, flushed with `fsync`, then renamed over the
/// target (an atomic replace on POSIX file systems); the directory is then synced so the rename survives a crash.
public enum AtomicFileWriter {
    /// Replaces the file at `path` with `bytes`.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
        try writeBatch([(path, bytes)])
    }

    /// Replaces the file at `path` with the UTF-8 encoding of `text`.
    public static func write(_ text: String, to path: String) throws(FileWriteError) {
        try write(Array(text.utf8), to: path)
    }

    /// Replaces several files: every temporary file is written and synced first, and the renames start only when
    /// all of them succeeded. If any write fails, all temporaries are removed and no existing file is touched.
    /// (A rename failing midway, which needs the file system to change under us, leaves earlier files replaced.)
    public static func writeBatch(_ files: [(path: String, contents: [UInt8])]) throws(FileWriteError) {
        var temporaries: [String] = []
        do throws(FileWriteError) {
            for file in files {
                try checkNotDirectory(file.path)
                temporaries.append(try writeTemporary(file.contents, for: file.path))
            }
            for (file, temporary) in zip(files, temporaries) {
                guard rename(temporary, file.path) == 0 else {
                    throw FileWriteError.system(path: file.path, operation: "rename", errorNumber: errno)
                }
            }
        } catch {
            for temporary in temporaries { unlink(temporary) }
            throw error
        }
        for directory in Set(files.map { directoryPart(of: $0.path) }) { syncDirectory(directory) }
    }

    /// `writeBatch` for text contents, written as UTF-8.
    public static func writeBatch(_ files: [(path: String, contents: String)]) throws(FileWriteError) {
        try writeBatch(files.map { (path: $0.path, contents: Array($0.contents.utf8)) })
    }

    // MARK: steps

    private static func checkNotDirectory(_ path: String) throws(FileWriteError) {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw FileWriteError.system(path: path, operation: "open target", errorNumber: EISDIR)
        }
    }

    /// Writes and syncs a new temporary file next to `path`; returns its path.
    private static func writeTemporary(_ bytes: [UInt8], for path: String) throws(FileWriteError) -> String {
        let directory = directoryPart(of: path)
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        var descriptor: Int32 = -1
        var temporary = ""
        for attempt in 0..<100 {
            temporary = (path.contains("/") ? directory + "/" : "") + ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 { break }
            let code = errno
            if code != EEXIST || attempt == 99 {
                throw FileWriteError.system(path: path, operation: "create temporary file", errorNumber: code)
            }
        }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, base + offset, buffer.count - offset)
            }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                close(descriptor)
                unlink(temporary)
                throw FileWriteError.system(path: path, operation: "write", errorNumber: code)
            }
            offset += written
        }
        if fsync(descriptor) != 0 {
            let code = errno
            close(descriptor)
            unlink(temporary)
            throw FileWriteError.system(path: path, operation: "fsync", errorNumber: code)
        }
        if close(descriptor) != 0 {
            let code = errno
            unlink(temporary)
            throw FileWriteError.system(path: path, operation: "close", errorNumber: code)
        }
        return temporary
    }

    /// Best effort: makes the rename durable. Failure here cannot lose the file's contents, so it is not reported.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
        #else
        Darwin.write(descriptor, buffer, count)
        #endif
    }

    private static func directoryPart(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }
}
