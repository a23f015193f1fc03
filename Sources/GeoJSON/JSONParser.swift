/// A strict RFC 8259 parser: UTF-8 bytes in, `JSONValue` out, object keys in document order.
///
/// Rejects NaN/Infinity, numbers that overflow a `Double`, invalid UTF-8 in strings, lone surrogate escapes,
/// duplicate object keys, trailing garbage and nesting deeper than `maximumDepth`. A leading UTF-8 byte-order
/// mark is skipped. Errors are `GeoJSONError.syntax`/`.invalidUTF8`/`.nestingTooDeep` with line and column.
public enum JSONParser {
    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 512

    /// Parses a complete JSON text.
    public static func parse(_ bytes: [UInt8]) throws(GeoJSONError) -> JSONValue {
        var decimals: [Int]? = nil
        return try parse(bytes, numberDecimals: &decimals)
    }

    /// Parses a complete JSON text given as a string.
    public static func parse(_ text: String) throws(GeoJSONError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    /// Parses, and when `numberDecimals` is non-nil appends, for every number in document order, the decimal
    /// places its source text carries: fraction digits minus the exponent, at least 0 (`1.5e-7` → 8).
    static func parse(_ bytes: [UInt8], numberDecimals: inout [Int]?) throws(GeoJSONError) -> JSONValue {
        let result: Result<JSONValue, GeoJSONError> = bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(bytes: buffer, recordNumbers: numberDecimals != nil)
            do throws(GeoJSONError) {
                let value = try cursor.parseDocument()
                if numberDecimals != nil { numberDecimals?.append(contentsOf: cursor.numberDecimals) }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// The parsing state over a byte buffer.
private struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    let recordNumbers: Bool
    var numberDecimals: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>, recordNumbers: Bool) {
        self.bytes = bytes
        self.recordNumbers = recordNumbers
    }

    mutating func parseDocument() throws(GeoJSONError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count {
            throw syntax("unexpected \(describeByte(at: index)) after the end of the JSON value")
        }
        return value
    }

    // MARK: values

    mutating func parseValue() throws(GeoJSONError) -> JSONValue {
        skipWhitespace()
        guard index < bytes.count else { throw syntax("unexpected end of input, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            throw syntax("NaN and Infinity are not valid JSON numbers")
        default:
            throw syntax("unexpected \(describeByte(at: index)), expected a value")
        }
    }

    mutating func parseObject() throws(GeoJSONError) -> JSONValue {
        try enterContainer()
        index += 1  // "{"
        var object = JSONObject()
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw syntax(index < bytes.count
                    ? "unexpected \(describeByte(at: index)), expected a member name in double quotes"
                    : "unexpected end of input inside an object")
            }
            let keyStart = index
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw syntax(index < bytes.count
                    ? "unexpected \(describeByte(at: index)), expected ':' after a member name"
                    : "unexpected end of input inside an object")
            }
            index += 1
            let value = try parseValue()
            if object[key] != nil {
                throw syntax("duplicate member name \"\(key)\"", at: keyStart)
            }
            object[key] = value
            skipWhitespace()
            guard index < bytes.count else { throw syntax("unexpected end of input inside an object") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; depth -= 1; return .object(object)
            default: throw syntax("unexpected \(describeByte(at: index)), expected ',' or '}' in an object")
            }
        }
    }

    mutating func parseArray() throws(GeoJSONError) -> JSONValue {
        try enterContainer()
        index += 1  // "["
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw syntax("unexpected end of input inside an array") }
            switch bytes[index] {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; depth -= 1; return .array(elements)
            default: throw syntax("unexpected \(describeByte(at: index)), expected ',' or ']' in an array")
            }
        }
    }

    mutating func enterContainer() throws(GeoJSONError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            let (line, column) = lineAndColumn(of: index)
            throw .nestingTooDeep(limit: JSONParser.maximumDepth, line: line, column: column)
        }
    }

    mutating func expectLiteral(_ literal: StaticString) throws(GeoJSONError) {
        let count = literal.utf8CodeUnitCount
        let matches = index + count <= bytes.count
            && (0..<count).allSatisfy { bytes[index + $0] == literal.utf8Start[$0] }
        guard matches else { throw syntax("unexpected \(describeByte(at: index)), expected a value") }
        index += count
    }

    // MARK: numbers

    mutating func parseNumber() throws(GeoJSONError) -> Double {
        let start = index
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "I") || bytes[index] == UInt8(ascii: "N") {
                throw syntax("NaN and Infinity are not valid JSON numbers", at: start)
            }
        }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw syntax("expected a digit in a number")
        }
        var integerPart: Int64 = 0
        var digitCount = 0
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw syntax("leading zeros are not allowed in numbers", at: start) }
        } else {
            while index < bytes.count, isDigit(bytes[index]) {
                if digitCount < 18 { integerPart = integerPart * 10 + Int64(bytes[index] &- UInt8(ascii: "0")) }
                digitCount += 1
                index += 1
            }
        }
        var isPlainInteger = true
        var fractionDigits = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isPlainInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw syntax("expected a digit after the decimal point") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1; fractionDigits += 1 }
        }
        var exponent = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isPlainInteger = false
            index += 1
            var exponentSign = 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                if bytes[index] == UInt8(ascii: "-") { exponentSign = -1 }
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw syntax("expected a digit in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
                index += 1
            }
            exponent *= exponentSign
        }
        let literal = UnsafeBufferPointer(rebasing: bytes[start..<index])
        if recordNumbers { numberDecimals.append(max(0, fractionDigits - exponent)) }
        if isPlainInteger, digitCount <= 15 {
            // Exact: every integer below 2^53 is a Double.
            return negative ? -Double(integerPart) : Double(integerPart)
        }
        let text = String(decoding: literal, as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw syntax("number \(text) is outside the range of a 64-bit float", at: start)
        }
        return value
    }

    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    // MARK: strings

    /// Parses a string starting at its opening quote; leaves `index` after the closing quote.
    mutating func parseString() throws(GeoJSONError) -> String {
        index += 1  // opening quote
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            } else if byte == UInt8(ascii: "\\") {
                return try parseEscapedString(from: start)
            } else if byte < 0x20 {
                throw syntax("control characters in strings must be escaped")
            } else if byte < 0x80 {
                index += 1
            } else {
                try skipUTF8Sequence()
            }
        }
        throw syntax("unterminated string")
    }

    /// The slow path: the string contains escapes, so decode into a buffer.
    mutating func parseEscapedString(from start: Int) throws(GeoJSONError) -> String {
        var buffer = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escapeStart = index
                index += 1
                guard index < bytes.count else { throw syntax("unterminated string") }
                let code = bytes[index]
                index += 1
                switch code {
                case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try parseUnicodeEscape(escapeStart: escapeStart)
                    buffer.append(contentsOf: String(Character(scalar)).utf8)
                default:
                    throw syntax("invalid escape sequence '\\\(Character(Unicode.Scalar(code)))'", at: escapeStart)
                }
            default:
                if byte < 0x20 { throw syntax("control characters in strings must be escaped") }
                let sequenceStart = index
                if byte < 0x80 { index += 1 } else { try skipUTF8Sequence() }
                buffer.append(contentsOf: bytes[sequenceStart..<index])
            }
        }
        throw syntax("unterminated string")
    }

    /// Reads `XXXX` after `\u` (and a following `\uXXXX` low surrogate when needed).
    mutating func parseUnicodeEscape(escapeStart: Int) throws(GeoJSONError) -> Unicode.Scalar {
        let high = try parseHex4(escapeStart: escapeStart)
        if (0xDC00...0xDFFF).contains(high) {
            throw syntax("lone low surrogate in a \\u escape", at: escapeStart)
        }
        if (0xD800...0xDBFF).contains(high) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw syntax("high surrogate in a \\u escape without a following low surrogate", at: escapeStart)
            }
            index += 2
            let low = try parseHex4(escapeStart: escapeStart)
            guard (0xDC00...0xDFFF).contains(low) else {
                throw syntax("high surrogate in a \\u escape without a following low surrogate", at: escapeStart)
            }
            let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            guard let scalar = Unicode.Scalar(value) else { throw syntax("invalid \\u escape", at: escapeStart) }
            return scalar
        }
        guard let scalar = Unicode.Scalar(high) else { throw syntax("invalid \\u escape", at: escapeStart) }
        return scalar
    }

    mutating func parseHex4(escapeStart: Int) throws(GeoJSONError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw syntax("\\u must be followed by four hex digits", at: escapeStart) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw syntax("\\u must be followed by four hex digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Validates one multi-byte UTF-8 sequence at `index` (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
    mutating func skipUTF8Sequence() throws(GeoJSONError) {
        let lead = bytes[index]
        let continuationCount: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: continuationCount = 1
        case 0xE0: continuationCount = 2; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: continuationCount = 2
        case 0xED: continuationCount = 2; secondRange = 0x80...0x9F
        case 0xF0: continuationCount = 3; secondRange = 0x90...0xBF
        case 0xF1...0xF3: continuationCount = 3
        case 0xF4: continuationCount = 3; secondRange = 0x80...0x8F
        default: throw invalidUTF8()
        }
        guard index + continuationCount < bytes.count else { throw invalidUTF8() }
        guard secondRange.contains(bytes[index + 1]) else { throw invalidUTF8() }
        for offset in stride(from: 2, through: continuationCount, by: 1) where !(0x80...0xBF).contains(bytes[index + offset]) {
            throw invalidUTF8()
        }
        index += continuationCount + 1
    }

    // MARK: whitespace and errors

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    func describeByte(at position: Int) -> String {
        guard position < bytes.count else { return "end of input" }
        let byte = bytes[position]
        if byte >= 0x21, byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    func syntax(_ message: String, at position: Int? = nil) -> GeoJSONError {
        let (line, column) = lineAndColumn(of: position ?? index)
        return .syntax(message, line: line, column: column)
    }

    func invalidUTF8() -> GeoJSONError {
        let (line, column) = lineAndColumn(of: index)
        return .invalidUTF8(line: line, column: column)
    }

    /// 1-based line and column of a byte offset; columns count Unicode scalars, not bytes.
    func lineAndColumn(of offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        for position in 0..<min(offset, bytes.count) {
            let byte = bytes[position]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
