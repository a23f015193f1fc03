/// The text the geoparser reads, with a map from each of its scalars back to the original input.
///
/// Offsets everywhere are counted in Unicode scalars, end exclusive, as the reference scorer counts them.
/// For plain text the map is the identity shifted by `base`; for HTML each analysed scalar remembers the
/// range of original scalars it came from (an entity such as `&amp;` maps to all five of them).
public struct ArticleText: Sendable {
    /// The analysed text (markup removed, entities decoded).
    public let scalars: [Unicode.Scalar]
    /// Original offset of `scalars[0]` when the map is the identity (plain text, or a chunk of it).
    public let base: Int
    private let originalStarts: [Int]?
    private let originalEnds: [Int]?

    /// Plain text whose first scalar sits at offset `base` of the original input.
    public init(plain scalars: [Unicode.Scalar], base: Int = 0) {
        self.scalars = scalars
        self.base = base
        self.originalStarts = nil
        self.originalEnds = nil
    }

    /// Text that went through a transformation; `originalRanges[i]` is where `scalars[i]` came from.
    public init(scalars: [Unicode.Scalar], originalRanges: [Range<Int>]) {
        precondition(scalars.count == originalRanges.count, "one original range per scalar")
        self.scalars = scalars
        self.base = originalRanges.first?.lowerBound ?? 0
        self.originalStarts = originalRanges.map(\.lowerBound)
        self.originalEnds = originalRanges.map(\.upperBound)
    }

    public init(plain text: String, base: Int = 0) {
        self.init(plain: Array(text.unicodeScalars), base: base)
    }

    public var count: Int { scalars.count }

    /// True when offsets map to the original by adding `base` (plain text).
    public var isIdentityMapped: Bool { originalStarts == nil }

    /// The analysed text as a String.
    public var string: String { Self.string(scalars[...]) }

    /// The analysed text of a range of analysed offsets.
    public func string(_ range: Range<Int>) -> String { Self.string(scalars[range]) }

    static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        var length = 0
        for scalar in slice { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var k = 0
            for scalar in slice {
                UTF8.encode(scalar) { unit in
                    buffer[k] = unit
                    k += 1
                }
            }
            return k
        }
    }

    /// Maps a range of analysed offsets to the range of original offsets it covers.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        guard let starts = originalStarts, let ends = originalEnds else {
            return (range.lowerBound + base)..<(range.upperBound + base)
        }
        guard !range.isEmpty else {
            let at = range.lowerBound < starts.count ? starts[range.lowerBound] : (ends.last ?? base)
            return at..<at
        }
        return starts[range.lowerBound]..<ends[range.upperBound - 1]
    }
}
