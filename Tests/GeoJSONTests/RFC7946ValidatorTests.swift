import Testing
@testable import GeoJSON

private func kinds(_ text: String, maximumDecimals: Int = 6) -> [RFC7946Validator.Violation.Kind] {
    RFC7946Validator.validate(text: text, maximumDecimals: maximumDecimals).map(\.kind)
}

private func paths(_ text: String) -> [String] {
    RFC7946Validator.validate(text: text).map(\.path.description)
}

private let ccwSquare = "[[0,0],[1,0],[1,1],[0,1],[0,0]]"
private let cwSquare = "[[0,0],[0,1],[1,1],[1,0],[0,0]]"
private let cwHole = "[[0.2,0.2],[0.2,0.8],[0.8,0.8],[0.8,0.2],[0.2,0.2]]"
private let ccwHole = "[[0.2,0.2],[0.8,0.2],[0.8,0.8],[0.2,0.8],[0.2,0.2]]"

private func featureCollection(_ geometry: String, extra: String = "") -> String {
    #"{"type":"FeatureCollection"\#(extra),"features":[{"type":"Feature","geometry":null,"properties":{}},{"type":"Feature","properties":{"n":1.1234567},"geometry":\#(geometry)}]}"#
}

@Suite("RFC 7946 validator")
struct RFC7946ValidatorTests {
    @Test("A correct document has no violations, and numbers outside coordinates may have any precision")
    func validDocument() {
        #expect(RFC7946Validator.validate(text: featureCollection(#"{"type":"Polygon","coordinates":[\#(ccwSquare),\#(cwHole)]}"#)).isEmpty)
    }

    @Test("Text that is not JSON is one violation")
    func notJSON() {
        #expect(kinds("{\"type\":") == [.invalidJSON])
    }

    @Test("Longitude and latitude out of range are found at the number's path")
    func ranges() {
        let text = featureCollection(#"{"type":"MultiPoint","coordinates":[[181,0],[0,-91]]}"#)
        #expect(kinds(text) == [.longitudeOutOfRange, .latitudeOutOfRange])
        #expect(paths(text) == ["$.features[1].geometry.coordinates[0][0]", "$.features[1].geometry.coordinates[1][1]"])
    }

    @Test("An unclosed ring and a short ring are found")
    func rings() {
        let unclosed = featureCollection(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0.5]]]}"#)
        #expect(kinds(unclosed).contains(.unclosedRing))
        #expect(paths(unclosed).first == "$.features[1].geometry.coordinates[0]")
        #expect(kinds(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#) == [.ringTooShort])
    }

    @Test("A clockwise exterior and a counter-clockwise hole are each a violation")
    func winding() {
        let text = #"{"type":"MultiPolygon","coordinates":[[\#(cwSquare),\#(ccwHole)]]}"#
        #expect(kinds(text) == [.exteriorRingClockwise, .holeCounterClockwise])
        #expect(paths(text) == ["$.coordinates[0][0]", "$.coordinates[0][1]"])
    }

    @Test("A crs member is a violation wherever a GeoJSON object carries it")
    func crs() {
        let text = featureCollection(#"{"type":"Point","coordinates":[1,2],"crs":null}"#, extra: #","crs":{"type":"name"}"#)
        #expect(kinds(text) == [.crsMember, .crsMember])
        #expect(paths(text) == ["$.crs", "$.features[1].geometry.crs"])
    }

    @Test("Too many decimals are judged on the source text, exponents included")
    func decimals() {
        #expect(kinds(#"{"type":"Point","coordinates":[19.0404512345,47.4979]}"#) == [.tooManyDecimals])
        #expect(kinds(#"{"type":"Point","coordinates":[19.0,47.4979000]}"#) == [.tooManyDecimals])
        #expect(kinds(#"{"type":"Point","coordinates":[1.5e-7,0]}"#) == [.tooManyDecimals])
        #expect(kinds(#"{"type":"Point","coordinates":[1.25e2,12e-3]}"#).isEmpty)
        #expect(kinds(#"{"type":"Point","coordinates":[19.04,47.49]}"#, maximumDecimals: 1) == [.tooManyDecimals, .tooManyDecimals])
        #expect(RFC7946Validator.decimals(of: "-0.1234567") == 7)
        #expect(RFC7946Validator.decimals(of: "15") == 0)
    }

    @Test("Structural mistakes are reported, not crashed on")
    func structure() {
        #expect(kinds(#"{"type":"Point","coordinates":[1]}"#) == [.invalidStructure])
        #expect(kinds(#"{"type":"Blob"}"#) == [.invalidStructure])
        #expect(kinds(#"[1,2]"#) == [.invalidStructure])
        #expect(kinds(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{}}]}"#) == [.invalidStructure])
    }
}
