/// Decodes UTF-8 bytes to Unicode scalars, repairing what is broken instead of failing.
///
/// Every ill-formed sequence becomes one U+FFFD REPLACEMENT CHARACTER (the "maximal subpart" rule of the
/// Unicode standard, as Swift's own decoder applies it) and is counted. NUL bytes are kept as U+0000 and
/// counted, so the caller can tell binary input from text.
public struct UTF8Repair: Sendable {
    /// Ill-formed sequences replaced with U+FFFD so far.
    public private(set) var replacedSequences = 0
    /// NUL bytes seen so far.
    public private(set) var nulBytes = 0
    /// Bytes consumed so far.
    public private(set) var byteCount = 0
    private var pending: [UInt8] = []

    public init() {}

    /// Decodes a whole buffer at once.
    public static func decode(_ bytes: some Sequence<UInt8>) -> (scalars: [Unicode.Scalar], replacedSequences: Int, nulBytes: Int) {
        var repair = UTF8Repair()
        let scalars = repair.decode(chunk: Array(bytes), isFinal: true)
        return (scalars, repair.replacedSequences, repair.nulBytes)
    }

    /// Decodes the next chunk of a stream. A sequence cut by the chunk's end is held back until the next
    /// chunk, unless `isFinal` is set, in which case it is replaced.
    public mutating func decode(chunk: [UInt8], isFinal: Bool) -> [Unicode.Scalar] {
        var bytes = pending
        bytes.append(contentsOf: chunk)
        pending = []
        byteCount += chunk.count
        if !isFinal {
            let cut = Self.completePrefixLength(bytes)
            if cut < bytes.count {
                pending = Array(bytes[cut...])
                bytes.removeSubrange(cut...)
            }
        }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = Unicode.UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { nulBytes += 1 }
                scalars.append(scalar)
            case .error:
                replacedSequences += 1
                scalars.append("\u{FFFD}")
            case .emptyInput:
                break loop
            }
        }
        return scalars
    }

    /// Length of the longest prefix that does not end inside a multi-byte sequence that could still be completed.
    static func completePrefixLength(_ bytes: [UInt8]) -> Int {
        let n = bytes.count
        var back = 1
        while back <= 3 && back <= n {
            let byte = bytes[n - back]
            if byte & 0xC0 == 0x80 { back += 1; continue }  // continuation byte: keep looking for the lead
            let expected: Int
            switch byte {
            case 0xC2...0xDF: expected = 2
            case 0xE0...0xEF: expected = 3
            case 0xF0...0xF4: expected = 4
            default: return n  // ASCII or invalid lead: nothing to hold back
            }
            return expected > back ? n - back : n
        }
        return n
    }
}
