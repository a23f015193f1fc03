import Testing
@testable import GeoJSON

/// The error a JSON text produces, or nil when it parses.
private func syntaxError(_ text: String) -> GeoJSONError? {
    do {
        _ = try JSONParser.parse(text)
        return nil
    } catch {
        return error
    }
}

private func syntaxError(bytes: [UInt8]) -> GeoJSONError? {
    do {
        _ = try JSONParser.parse(bytes)
        return nil
    } catch {
        return error
    }
}

@Suite("JSON parser")
struct JSONParserTests {
    @Test("Object keys come back in the order the document wrote them")
    func keysKeepDocumentOrder() throws {
        let value = try JSONParser.parse(#"{"zeta":1,"alpha":2,"mid":{"b":true,"a":null}}"#)
        guard case .object(let object) = value, case .object(let inner)? = object["mid"] else {
            Issue.record("expected nested objects")
            return
        }
        #expect(object.keys == ["zeta", "alpha", "mid"])
        #expect(inner.keys == ["b", "a"])
    }

    @Test("Scalars, escapes and surrogate pairs decode to the right values")
    func scalarsAndEscapes() throws {
        let value = try JSONParser.parse(#"[true,false,null,-0.5,12,1e3,"a\"b\\c\/\n\u00e9\ud83c\udf0d","Kyiv – Київ"]"#)
        #expect(value == .array([true, false, nil, -0.5, 12, 1000, "a\"b\\c/\né🌍", "Kyiv – Київ"]))
    }

    @Test("Integers with up to 15 digits and long decimals are read exactly as Double reads them")
    func numbersAreExact() throws {
        #expect(try JSONParser.parse("123456789012345") == .number(123456789012345))
        #expect(try JSONParser.parse("19.0404512345") == .number(19.0404512345))
        #expect(try JSONParser.parse("12345678901234567890") == .number(12345678901234567890.0))
        #expect(try JSONParser.parse("-2.5E-3") == .number(-0.0025))
    }

    @Test("A syntax error names line and column")
    func syntaxErrorHasLocation() {
        let error = syntaxError("{\n  \"a\": 1,\n  \"b\" 2\n}")
        #expect(error?.location?.line == 3)
        #expect(error?.location?.column == 7)
        #expect(error?.description.contains("expected ':'") == true)
    }

    @Test("Columns count characters, not bytes")
    func columnsCountCharacters() {
        let error = syntaxError(#"["Київ" x]"#)
        #expect(error?.location?.column == 9)
    }

    @Test("NaN, Infinity and overflowing numbers are rejected", arguments: ["NaN", "[Infinity]", "[-Infinity]", "1e999", "[-1e400]"])
    func nonFiniteNumbersRejected(text: String) {
        guard case .syntax? = syntaxError(text) else {
            Issue.record("\(text) should be a syntax error")
            return
        }
    }

    @Test("Malformed texts are rejected", arguments: [
        "", "   ", "[1,]", "{\"a\":1,}", "[01]", "[1.]", "[.5]", "[1e]", "{'a':1}", "[\"tab\there\"]",
        "[\"\\x\"]", "[\"\\ud800\"]", "[\"\\udc00\"]", "tru", "[1 2]", "{\"a\" 1}", "\"open", "{\"a\":1,\"a\":2}", "[+1]",
    ])
    func malformedRejected(text: String) {
        #expect(syntaxError(text) != nil, "\(text.debugDescription) should not parse")
    }

    @Test("Trailing garbage after the value is an error")
    func trailingGarbage() {
        let error = syntaxError("{\"a\":1} x")
        #expect(error?.location?.column == 9)
        #expect(error?.description.contains("after the end") == true)
    }

    @Test("Invalid UTF-8 inside a string is its own error", arguments: [
        [0x22, 0xFF, 0x22], [0x22, 0xC0, 0xAF, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xE2, 0x82, 0x22],
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],
    ] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        guard case .invalidUTF8? = syntaxError(bytes: bytes) else {
            Issue.record("bytes \(bytes) should be invalid UTF-8")
            return
        }
    }

    @Test("A leading byte-order mark is skipped")
    func byteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([1]))
    }

    @Test("Nesting to the limit parses; one level deeper is an error, not a crash")
    func depthLimit() throws {
        let limit = JSONParser.maximumDepth
        let atLimit = String(repeating: "[", count: limit) + String(repeating: "]", count: limit)
        #expect(throws: Never.self) { try JSONParser.parse(atLimit) }
        let tooDeep = String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1)
        guard case .nestingTooDeep(let reported, _, _)? = syntaxError(tooDeep) else {
            Issue.record("expected nestingTooDeep")
            return
        }
        #expect(reported == 512)
        // A hostile input far deeper than the limit fails fast too.
        #expect(syntaxError(String(repeating: "[{\"a\":", count: 100_000)) != nil)
    }
}
