/// The scalar properties the tokenizer asks about, answered without a Unicode table look-up for ASCII
/// (nearly every scalar of English news). Non-ASCII scalars defer to `Unicode.Scalar.Properties`, so the
/// answers are exactly the standard library's.
enum ScalarClass {
    @inline(__always) static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 128 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic
    }

    @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return scalar.properties.isWhitespace
    }

    @inline(__always) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 128 { return v >= 0x41 && v <= 0x5A }
        return scalar.properties.isUppercase
    }

    @inline(__always) static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 128 { return v >= 0x61 && v <= 0x7A }
        return scalar.properties.isLowercase
    }
}
