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
        var output: [UInt8] = []
        write(value, into: &output, indent: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// The UTF-8 bytes of `value`'s JSON text, without a trailing newline.
    public func bytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        write(value, into: &output, indent: 0)
        return output
    }

    func write(_ value: JSONValue, into output: inout [UInt8], indent: Int) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): Self.writeNumber(number, into: &output)
        case .string(let text): Self.writeString(text, into: &output)
        case .array(let elements):
            guard !elements.isEmpty else { output.append(contentsOf: "[]".utf8); return }
            output.append(UInt8(ascii: "["))
            var first = true
            for element in elements {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                if pretty { newline(into: &output, indent: indent + 1) }
                write(element, into: &output, indent: indent + 1)
            }
            if pretty { newline(into: &output, indent: indent) }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            guard !object.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(UInt8(ascii: "{"))
            var first = true
            for key in object.keys {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                if pretty { newline(into: &output, indent: indent + 1) }
                Self.writeString(key, into: &output)
                output.append(UInt8(ascii: ":"))
                if pretty { output.append(UInt8(ascii: " ")) }
                write(object[key] ?? .null, into: &output, indent: indent + 1)
            }
            if pretty { newline(into: &output, indent: indent) }
            output.append(UInt8(ascii: "}"))
        }
    }

    private func newline(into output: inout [UInt8], indent: Int) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    static func writeNumber(_ number: Double, into output: inout [UInt8]) {
        if number.isFinite, number == number.rounded(.towardZero), abs(number) < 1e15 {
            var magnitude = UInt64(abs(number))
            if number < 0, magnitude != 0 { output.append(UInt8(ascii: "-")) }
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var count = 0
            withUnsafeMutableBytes(of: &digits) { buffer in
                repeat {
                    buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                    count += 1
                } while magnitude > 0
                for index in stride(from: count - 1, through: 0, by: -1) { output.append(buffer[index]) }
            }
            return
        }
        output.append(contentsOf: format(number).utf8)
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

    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "\\"))
            case 0x0A: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "n"))
            case 0x0D: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "r"))
            case 0x09: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "t"))
            case 0x08: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "b"))
            case 0x0C: output.append(UInt8(ascii: "\\")); output.append(UInt8(ascii: "f"))
            case 0x00..<0x20:
                let hex = Array("0123456789ABCDEF".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
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
