/// What the input reader noticed about the bytes it was given; shown to the user as warnings.
public struct InputReport: Sendable, Hashable {
    /// Bytes read.
    public var byteCount = 0
    /// Ill-formed UTF-8 sequences, each replaced by U+FFFD.
    public var replacedSequences = 0
    /// NUL bytes; any at all suggests binary input (they are read as spaces).
    public var nulBytes = 0
    /// True when the input was read as HTML.
    public var isHTML = false

    public init() {}

    /// One line per problem, empty when the input was clean text.
    public var warnings: [String] {
        var lines: [String] = []
        if replacedSequences > 0 {
            lines.append("input is not valid UTF-8: \(replacedSequences) invalid byte sequence(s) replaced with U+FFFD")
        }
        if nulBytes > 0 {
            lines.append("input contains \(nulBytes) NUL byte(s): it may be binary; NULs were read as spaces")
        }
        return lines
    }
}
