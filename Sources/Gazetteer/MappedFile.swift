#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a whole GeoData file: mapped read-only from disk, or (for in-memory gazetteers) a private copy.
///
/// Sendable because the bytes are never written after `init` (PROT_READ, MAP_PRIVATE, or a buffer filled once)
/// and the pointer is stored nowhere else; reading immutable memory from many threads is safe.
final class MappedFile: @unchecked Sendable {
    /// The file's path, or a label such as "<memory>/gazetteer.bin", for error messages.
    let path: String
    let bytes: UnsafeRawBufferPointer
    private let isMapped: Bool

    /// Holds a private copy of `contents`, labelled `path` in errors.
    init(copying contents: [UInt8], path: String) {
        self.path = path
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(contents.count, 1), alignment: 8)
        buffer.copyBytes(from: contents)
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[0..<contents.count])
        isMapped = false
    }

    /// Maps `path`, or throws `GazetteerError.missingFile` naming it.
    init(path: String) throws {
        self.path = path
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw GazetteerError.missingFile(path: path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw GazetteerError.missingFile(path: path)
        }
        let size = Int(info.st_size)
        guard size > 0 else { throw GazetteerError.corruptFile(path: path, reason: "the file is empty") }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw GazetteerError.missingFile(path: path)
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
        isMapped = true
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate()
        }
    }
}

/// Little-endian reads from a byte buffer; callers check bounds first.
extension UnsafeRawBufferPointer {
    @inline(__always) func u32(_ offset: Int) -> UInt32 {
        UInt32(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }
    @inline(__always) func i32(_ offset: Int) -> Int32 {
        Int32(littleEndian: loadUnaligned(fromByteOffset: offset, as: Int32.self))
    }
    @inline(__always) func u16(_ offset: Int) -> UInt16 {
        UInt16(littleEndian: loadUnaligned(fromByteOffset: offset, as: UInt16.self))
    }
}
