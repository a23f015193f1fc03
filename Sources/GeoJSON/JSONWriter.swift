/// Deterministic JSON text for a `JSONValue`.
///
/// Keys are written in stored order; integers (|x| < 1e15) without a fraction (`3`, not `3.0`; never `-0`); other
/// numbers in the shortest form that reads back to the same `Double`, without exponent notation when
/// 1e-7 ≤ |x| < 1e21; non-finite numbers, which JSON cannot hold, as `null`. Strings are escaped per RFC 8259
/// (quote, backslash and control characters; everything else is written as UTF-8).
public struct JSONWriter: Sendable {
    /// Indent nested values with two spaces and put `": "` after keys; otherwise no whitespace at all.
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The JSON text of `value`, without a trailing newline.
    public func string(_ value: JSONValue) -> String {
        var output = ""
        write(value, into: &output, indent: 0)
        return output
    }

    func write(_ value: JSONValue, into output: inout String, indent: Int) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += Self.format(number)
        case .string(let text): Self.writeString(text, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "["
            for (offset, element) in elements.enumerated() {
                if offset > 0 { output += "," }
                newline(into: &output, indent: indent + 1)
                write(element, into: &output, indent: indent + 1)
            }
            newline(into: &output, indent: indent)
            output += "]"
        case .object(let object):
            guard !object.isEmpty else { output += "{}"; return }
            output += "{"
            var first = true
            for (key, member) in object {
                if !first { output += "," }
                first = false
                newline(into: &output, indent: indent + 1)
                Self.writeString(key, into: &output)
                output += pretty ? ": " : ":"
                write(member, into: &output, indent: indent + 1)
            }
            newline(into: &output, indent: indent)
            output += "}"
        }
    }

    private func newline(into output: inout String, indent: Int) {
        guard pretty else { return }
        output += "\n"
        output += String(repeating: "  ", count: indent)
    }

    /// The JSON text of one number (see the type's documentation for the rules).
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == number.rounded(.towardZero), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return plainDecimal(number.description)
    }

    /// Rewrites Swift's shortest representation (`1.5e-05`) without an exponent when the result stays short.
    static func plainDecimal(_ text: String) -> String {
        guard let exponentIndex = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(text[text.index(after: exponentIndex)...])
        else { return text }
        guard exponent >= -7, exponent < 21 else { return text }
        var mantissa = text[..<exponentIndex]
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa = mantissa.dropFirst() }
        let pointOffset = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        var digits = Array(mantissa.filter { $0 != "." })
        var point = pointOffset + exponent  // position of the decimal point within `digits`
        while point <= 0 { digits.insert("0", at: 0); point += 1 }
        while point > digits.count { digits.append("0") }
        var integerDigits = String(digits[..<point])
        var fraction = String(digits[point...])
        while fraction.hasSuffix("0") { fraction.removeLast() }
        while integerDigits.count > 1, integerDigits.hasPrefix("0") { integerDigits.removeFirst() }
        let body = fraction.isEmpty ? integerDigits : integerDigits + "." + fraction
        return negative ? "-" + body : body
    }

    static func writeString(_ text: String, into output: inout String) {
        output += "\""
        var pendingStart = text.unicodeScalars.startIndex
        var position = pendingStart
        let scalars = text.unicodeScalars
        while position < scalars.endIndex {
            let scalar = scalars[position]
            let escape: String?
            switch scalar {
            case "\"": escape = "\\\""
            case "\\": escape = "\\\\"
            case "\n": escape = "\\n"
            case "\r": escape = "\\r"
            case "\t": escape = "\\t"
            case "\u{08}": escape = "\\b"
            case "\u{0C}": escape = "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    escape = nil
                }
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[pendingStart..<position])
                output += escape
                position = scalars.index(after: position)
                pendingStart = position
            } else {
                position = scalars.index(after: position)
            }
        }
        output.unicodeScalars.append(contentsOf: scalars[pendingStart..<position])
        output += "\""
    }
}

extension JSONValue {
    /// This value as JSON text: compact by default, or indented with two spaces when `pretty`.
    public func serialized(pretty: Bool = false) -> String {
        JSONWriter(pretty: pretty).string(self)
    }

    /// Parses JSON text (see `JSONParser`).
    public init(parsing text: String) throws(GeoJSONError) {
        self = try JSONParser.parse(text)
    }

    /// Parses JSON bytes (UTF-8).
    public init(parsing bytes: [UInt8]) throws(GeoJSONError) {
        self = try JSONParser.parse(bytes)
    }

    /// The JSON kind of this value, for messages: "null", "a boolean", "a number", "a string", "an array", "an object".
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
