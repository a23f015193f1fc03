import Testing
@testable import GeoJSON

private let square: [Position] = [  // 1° square, clockwise as drawn in lon/lat
    Position(longitude: 0, latitude: 0), Position(longitude: 0, latitude: 1),
    Position(longitude: 1, latitude: 1), Position(longitude: 1, latitude: 0), Position(longitude: 0, latitude: 0),
]
private let hole: [Position] = [  // counter-clockwise: wrong for a hole
    Position(longitude: 0.25, latitude: 0.25), Position(longitude: 0.75, latitude: 0.25),
    Position(longitude: 0.75, latitude: 0.75), Position(longitude: 0.25, latitude: 0.75), Position(longitude: 0.25, latitude: 0.25),
]

@Suite("GeoJSON writer")
struct GeoJSONWriterTests {
    @Test("Coordinates are rounded to 6 decimals by default, trailing zeros trimmed, never -0")
    func rounding() {
        let point = Geometry.point(Position(longitude: 19.0404512345, latitude: -0.0000001))
        #expect(GeoJSONWriter().string(point) == #"{"type":"Point","coordinates":[19.040451,0]}"# + "\n")
        let half = Geometry.point(Position(longitude: 2.5000004, latitude: 47.1))
        #expect(GeoJSONWriter(precision: 2).string(half) == #"{"type":"Point","coordinates":[2.5,47.1]}"# + "\n")
        let negative = Geometry.point(Position(longitude: -73.98765, latitude: -0.004))
        #expect(GeoJSONWriter(precision: 2).string(negative) == #"{"type":"Point","coordinates":[-73.99,0]}"# + "\n")
        let tiny = Geometry.point(Position(longitude: 0.000012, latitude: 1))
        #expect(GeoJSONWriter().string(tiny) == #"{"type":"Point","coordinates":[0.000012,1]}"# + "\n")
    }

    @Test("Rounding never prints more decimals than asked, for many values")
    func roundingNeverOverflowsPrecision() {
        var generator = SystemRandomNumberGenerator()
        for precision in [0, 3, 6, 8] {
            let writer = GeoJSONWriter(precision: precision)
            let positions = (0..<500).map { _ in
                Position(longitude: Double.random(in: -180...180, using: &generator),
                         latitude: Double.random(in: -90...90, using: &generator))
            }
            let text = writer.string(.multiPoint(positions))
            #expect(RFC7946Validator.validate(text: text, maximumDecimals: precision).isEmpty, "precision \(precision)")
        }
    }

    @Test("A clockwise exterior and a counter-clockwise hole are rewound")
    func winding() throws {
        let text = GeoJSONWriter().string(Geometry.polygon([square, hole]))
        guard case .geometry(.polygon(let rings)) = try GeoJSONDocument(string: text) else {
            Issue.record("expected a polygon")
            return
        }
        #expect(RingOrientation.isCounterClockwise(rings[0]))
        #expect(RingOrientation.isClockwise(rings[1]))
        #expect(Set(rings[0]) == Set(square))
        #expect(RFC7946Validator.validate(text: text).isEmpty)
    }

    @Test("An open ring is closed on output")
    func closesRings() {
        let open = Array(square.dropLast())
        let text = GeoJSONWriter().string(Geometry.multiPolygon([[open]]))
        #expect(text == #"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1],[0,0]]]]}"# + "\n")
    }

    @Test("bbox is west, south, east, north on the collection and each feature")
    func boundingBoxes() {
        let collection = FeatureCollection(features: [
            Feature(geometry: .point(Position(longitude: 30.5, latitude: 50.45))),
            Feature(geometry: .lineString([Position(longitude: -3.7, latitude: 40.4), Position(longitude: 2.35, latitude: 48.86)])),
            Feature(geometry: nil),
        ])
        let text = GeoJSONWriter(includeBBox: true).string(collection)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == #"{"type":"FeatureCollection","bbox":[-3.7,40.4,30.5,50.45],"features":["#)
        #expect(lines[1] == #"{"type":"Feature","bbox":[30.5,50.45,30.5,50.45],"geometry":{"type":"Point","coordinates":[30.5,50.45]},"properties":{}},"#)
        #expect(lines[3] == #"{"type":"Feature","geometry":null,"properties":{}}"#)
        #expect(!GeoJSONWriter().string(collection).contains("bbox"))
        let bare = GeoJSONWriter(includeBBox: true).string(Geometry.polygon([square]))
        #expect(bare.hasPrefix(#"{"type":"Polygon","bbox":[0,0,1,1],"#))
    }

    @Test("A collection is written one feature per line, foreign members kept, crs never written, newline at the end")
    func layout() {
        let collection = FeatureCollection(
            features: [
                Feature(id: "a", geometry: .point(Position(lat: 50.45, lon: 30.52)), properties: ["name": "Kyiv", "role": "venue"],
                        foreignMembers: ["source": "article-1"]),
                Feature(id: 2, geometry: .point(Position(lat: 52.23, lon: 21.01)), properties: ["name": "Warsaw"]),
            ],
            foreignMembers: ["generator": "newsmap", "crs": "EPSG:4326", "features": "shadow"])
        let expected = """
            {"type":"FeatureCollection","generator":"newsmap","features":[
            {"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[30.52,50.45]},"properties":{"name":"Kyiv","role":"venue"},"source":"article-1"},
            {"type":"Feature","id":2,"geometry":{"type":"Point","coordinates":[21.01,52.23]},"properties":{"name":"Warsaw"}}
            ]}

            """
        #expect(GeoJSONWriter().string(collection) == expected)
        #expect(GeoJSONWriter().string(FeatureCollection(features: [])) == "{\"type\":\"FeatureCollection\",\"features\":[]}\n")
    }

    @Test("Pretty output is the same document, indented")
    func prettyIsSameDocument() throws {
        let collection = FeatureCollection(features: [Feature(geometry: .polygon([square]), properties: ["k": 1])])
        let pretty = GeoJSONWriter(pretty: true).string(collection)
        #expect(pretty.contains("\n  \"features\": [\n"))
        #expect(try GeoJSONDocument(string: pretty) == GeoJSONDocument(string: GeoJSONWriter().string(collection)))
    }

    @Test("GeoJSON text sequences: record separator, compact feature, newline")
    func textSequence() {
        let features = [
            Feature(geometry: .point(Position(lat: 1, lon: 2))),
            Feature(id: "b", geometry: nil, properties: ["x": true]),
        ]
        let bytes = Array(GeoJSONWriter().textSequence(features).utf8)
        let expected = [0x1E] + Array(#"{"type":"Feature","geometry":{"type":"Point","coordinates":[2,1]},"properties":{}}"#.utf8) + [0x0A]
            + [0x1E] + Array(#"{"type":"Feature","id":"b","geometry":null,"properties":{"x":true}}"#.utf8) + [0x0A]
        #expect(bytes == expected)
    }

    @Test("Write, read, write gives the same bytes")
    func roundTrip() throws {
        let collection = FeatureCollection(
            features: [
                Feature(id: "occupied", geometry: .multiPolygon([[square, hole]]),
                        properties: ["name": "zone", "share": 0.1875, "tags": ["a", "b"], "none": nil]),
                Feature(geometry: .geometryCollection([.point(Position(longitude: -179.5, latitude: -89.9, altitude: 12.5)),
                                                       .multiLineString([[square[0], square[2]]])])),
            ],
            foreignMembers: ["generator": "newsmap"])
        let first = GeoJSONWriter(includeBBox: true).string(collection)
        let reread = try GeoJSONDocument(string: first)
        #expect(GeoJSONWriter(includeBBox: true).string(reread) == first)
        #expect(RFC7946Validator.validate(text: first).isEmpty)
    }
}

@Suite("GeoJSON text sequence reader")
struct TextSequenceReaderTests {
    @Test("A written sequence reads back to the same features")
    func roundTrip() throws {
        let features = [
            Feature(id: "a", geometry: .point(Position(lat: 50.45, lon: 30.52)), properties: ["name": "Kyiv"]),
            Feature(geometry: nil, properties: ["note": "no place"]),
        ]
        let text = GeoJSONWriter().textSequence(features)
        #expect(try GeoJSONReader().readTextSequence(string: text).features == features)
    }

    @Test("An error names the record and the path inside it")
    func errorPath() {
        let text = "\u{1E}{\"type\":\"Feature\",\"geometry\":null,\"properties\":{}}\n\u{1E}{\"type\":\"Point\",\"coordinates\":[200,0]}\n"
        #expect(throws: GeoJSONError.longitudeOutOfRange(200, path: JSONPath.root + 1 + "coordinates" + 0)) {
            try GeoJSONReader().readTextSequence(string: text)
        }
        #expect(throws: GeoJSONError.self) { try GeoJSONReader().readTextSequence(string: "{\"type\":\"Point\"}") }
    }
}
