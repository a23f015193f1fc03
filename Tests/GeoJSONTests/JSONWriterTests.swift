import Testing
@testable import GeoJSON

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("Keys are written in stored order, compactly")
    func compactKeepsOrder() {
        let object: JSONObject = ["name": "Kyiv", "pop": 2_952_301, "capital": true, "tags": ["a", nil]]
        #expect(JSONValue.object(object).serialized() == #"{"name":"Kyiv","pop":2952301,"capital":true,"tags":["a",null]}"#)
    }

    @Test("Pretty output indents with two spaces")
    func prettyIndents() {
        let value: JSONValue = .object(["a": [1, 2], "b": .object([:]), "c": []])
        #expect(value.serialized(pretty: true) == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": []\n}")
    }

    @Test("Numbers: integers without a fraction, never -0, shortest round-trip form, no exponent in everyday ranges")
    func numberFormats() {
        #expect(JSONWriter.format(3) == "3")
        #expect(JSONWriter.format(-0.0) == "0")
        #expect(JSONWriter.format(0.1) == "0.1")
        #expect(JSONWriter.format(19.040451) == "19.040451")
        #expect(JSONWriter.format(0.00001) == "0.00001")
        #expect(JSONWriter.format(-1.5e-7) == "-0.00000015")
        #expect(JSONWriter.format(1e300) == "1e+300")
        #expect(JSONWriter.format(.nan) == "null")
        for value in [0.1 + 0.2, 1.0 / 3.0, 123456.789e3, -2.5e-8, 6.02214076e23, 1e16 + 2] {
            #expect(Double(JSONWriter.format(value)) == value, "\(value) must survive a round trip")
        }
    }

    @Test("Strings are escaped per RFC 8259 and read back unchanged")
    func stringEscapes() throws {
        let text = "quote \" backslash \\ slash / newline \n tab \t bell \u{07} unicode é 🌍"
        let written = JSONValue.string(text).serialized()
        #expect(written == #""quote \" backslash \\ slash / newline \n tab \t bell \u0007 unicode é 🌍""#)
        #expect(try JSONParser.parse(written) == .string(text))
    }

    @Test("Parsing then writing reproduces a compact document byte for byte")
    func parseWriteRoundTrip() throws {
        let text = #"{"b":[1,2.5,-0.125,"x",{"z":null,"a":false}],"a":{}}"#
        #expect(try JSONParser.parse(text).serialized() == text)
    }
}
