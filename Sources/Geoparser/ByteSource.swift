#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or standard input read in blocks. Owns its file descriptor and closes it when released
/// (standard input is never closed).
public final class ByteSource {
    /// What the source is called in messages: the path, or `-` for standard input.
    public let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    /// Opens a file; `-` means standard input.
    public init(path: String) throws(GeoparserError) {
        name = path
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            return
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .cannotOpen(path: path, reason: "it is a directory")
        }
        descriptor = fd
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Reads up to `maxBytes`; an empty result means the end of the input.
    public func read(maxBytes: Int = 1 << 20) throws(GeoparserError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: maxBytes)
        while true {
            let got = buffer.withUnsafeMutableBytes { raw in
                #if canImport(Glibc)
                Glibc.read(descriptor, raw.baseAddress, maxBytes)
                #else
                Darwin.read(descriptor, raw.baseAddress, maxBytes)
                #endif
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw .readFailed(path: name, reason: String(cString: strerror(errno)))
            }
            buffer.removeSubrange(got...)
            return buffer
        }
    }

    /// Reads everything that is left.
    public func readAll() throws(GeoparserError) -> [UInt8] {
        var all: [UInt8] = []
        while true {
            let block = try read()
            if block.isEmpty { return all }
            all.append(contentsOf: block)
        }
    }
}

/// Splits a byte source into lines (without the `\n`, and without a `\r` before it), one at a time.
public struct LineReader {
    private let source: ByteSource
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    /// 1-based number of the line last returned.
    public private(set) var lineNumber = 0

    public init(source: ByteSource) { self.source = source }

    /// The next line, or nil at the end of the input.
    public mutating func nextLine() throws(GeoparserError) -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[start..<newline])
                start = newline + 1
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                lineNumber += 1
                return line
            }
            if finished {
                guard start < buffer.count else { return nil }
                var line = Array(buffer[start...])
                start = buffer.count
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                lineNumber += 1
                return line
            }
            if start > 0 {
                buffer.removeSubrange(..<start)
                start = 0
            }
            let block = try source.read()
            if block.isEmpty { finished = true } else { buffer.append(contentsOf: block) }
        }
    }
}
