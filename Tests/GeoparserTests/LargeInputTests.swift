#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Geoparser

/// A large input is read in bounded chunks, never whole.
@Suite("Large input")
struct LargeInputTests {
    /// Writes about `megabytes` MB of paragraphs of our own to a fresh file, in 1 MB pieces.
    static func writeLargeFile(megabytes: Int) throws -> String {
        let path = try TemporaryFile.write("")
        guard let file = fopen(path, "w") else { throw GeoparserError.cannotOpen(path: path, reason: "fopen failed") }
        defer { fclose(file) }
        let paragraph = Array("Ministers met in Vienna on Monday to discuss grain shipments from Odesa.\n\n".utf8)
        var piece: [UInt8] = []
        while piece.count < 1 << 20 { piece += paragraph }
        for _ in 0..<megabytes { _ = piece.withUnsafeBytes { fwrite($0.baseAddress, 1, piece.count, file) } }
        return path
    }

    @Test("a 20 MB article streams in chunks of at most twice the target size, with offsets covering the whole input")
    func twentyMegabytes() throws {
        let path = try Self.writeLargeFile(megabytes: 20)
        defer { unlink(path) }
        let target = 262_144
        var reader = ArticleReader(source: try ByteSource(path: path), targetChunkScalars: target)
        var chunks = 0, largest = 0, covered = 0, offsetsContinue = true
        while let chunk = try reader.nextChunk() {
            chunks += 1
            largest = max(largest, chunk.count)
            offsetsContinue = offsetsContinue && chunk.originalRange(0..<1).lowerBound == covered
            covered = chunk.originalRange((chunk.count - 1)..<chunk.count).upperBound
        }
        #expect(chunks >= 20 * (1 << 20) / (2 * target))
        #expect(largest <= 2 * target)
        #expect(offsetsContinue)
        #expect(covered == reader.report.byteCount)
        #expect(covered >= 20 * (1 << 20))
    }
}
