/// Reads one article (plain text or HTML) from a byte source in chunks of bounded size, so that a
/// 100 MB input never sits in memory whole.
///
/// Chunks end at a paragraph break (a blank line, else a line break, else a space) once they reach
/// `targetChunkScalars`; every chunk's offsets point into the original input.
public struct ArticleReader {
    private let source: ByteSource
    private var decoder = UTF8Repair()
    private var html: HTMLStripper?
    private var decidedFormat = false
    private var sourceFinished = false
    private var held = PendingText()
    /// Scalars decoded so far (the original offset of the next decoded scalar).
    private var decodedCount = 0
    public let targetChunkScalars: Int
    public private(set) var report = InputReport()

    public init(source: ByteSource, targetChunkScalars: Int = 262_144) {
        self.source = source
        self.targetChunkScalars = max(1, targetChunkScalars)
    }

    /// The next chunk, or nil when the input is used up. An empty input gives no chunk at all.
    public mutating func nextChunk() throws(GeoparserError) -> ArticleText? {
        while !sourceFinished && held.count < targetChunkScalars * 2 {
            let bytes = try source.read()
            let isFinal = bytes.isEmpty
            sourceFinished = isFinal
            let scalars = decoder.decode(chunk: bytes, isFinal: isFinal)
            report.byteCount = decoder.byteCount
            report.replacedSequences = decoder.replacedSequences
            report.nulBytes = decoder.nulBytes
            if !decidedFormat && (!scalars.isEmpty || isFinal) {
                decidedFormat = true
                if HTMLDetector.looksLikeHTML(scalars) {
                    html = HTMLStripper()
                    report.isHTML = true
                }
            }
            if var stripper = html {
                let text = stripper.feed(scalars, isFinal: isFinal)
                html = stripper
                held.append(text)
            } else {
                held.append(ArticleText(plain: scalars, base: decodedCount))
            }
            decodedCount += scalars.count
        }
        guard held.count > 0 else { return nil }
        if sourceFinished && held.count <= targetChunkScalars * 2 {
            return held.take(held.count)
        }
        return held.take(held.breakPoint(after: targetChunkScalars))
    }
}

/// Decoded text waiting to be cut into chunks.
struct PendingText {
    private var scalars: [Unicode.Scalar] = []
    private var ranges: [Range<Int>]?
    private var base = 0

    var count: Int { scalars.count }

    mutating func append(_ text: ArticleText) {
        if scalars.isEmpty && ranges == nil { base = text.base }
        if ranges == nil && text.isIdentityMapped && (scalars.isEmpty || base + scalars.count == text.base) {
            scalars.append(contentsOf: text.scalars)
            return
        }
        if ranges == nil {
            ranges = (0..<scalars.count).map { (base + $0)..<(base + $0 + 1) }
        }
        ranges?.append(contentsOf: (0..<text.count).map { text.originalRange($0..<($0 + 1)) })
        scalars.append(contentsOf: text.scalars)
    }

    /// Where to cut: the first blank line after `minimum` scalars, else a line break, else a space, else `2 × minimum`.
    func breakPoint(after minimum: Int) -> Int {
        let limit = min(scalars.count, minimum * 2)
        guard minimum < limit else { return limit }
        var lineBreak: Int?
        var space: Int?
        var i = minimum
        while i < limit {
            if scalars[i] == "\n" {
                if i + 1 < limit && scalars[i + 1] == "\n" { return i + 2 }
                if lineBreak == nil { lineBreak = i + 1 }
            } else if space == nil && scalars[i] == " " {
                space = i + 1
            }
            i += 1
        }
        return lineBreak ?? space ?? limit
    }

    /// Removes and returns the first `n` scalars as a chunk.
    mutating func take(_ n: Int) -> ArticleText {
        let chunk: ArticleText
        if let ranges {
            chunk = ArticleText(scalars: Array(scalars[..<n]), originalRanges: Array(ranges[..<n]))
            self.ranges?.removeSubrange(..<n)
        } else {
            chunk = ArticleText(plain: Array(scalars[..<n]), base: base)
            base += n
        }
        scalars.removeSubrange(..<n)
        return chunk
    }
}
