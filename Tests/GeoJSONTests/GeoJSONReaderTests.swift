import Testing
@testable import GeoJSON

/// The error reading `text` produces, or nil when it reads.
private func readError(_ text: String) -> GeoJSONError? {
    do {
        _ = try GeoJSONReader().read(string: text)
        return nil
    } catch {
        return error
    }
}

/// A FeatureCollection whose second feature has the given geometry JSON.
private func collection(secondGeometry: String) -> String {
    #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}},{"type":"Feature","properties":null,"geometry":"#
        + secondGeometry + "}]}"
}

@Suite("GeoJSON reader")
struct GeoJSONReaderTests {
    @Test("A feature collection reads into features with ordered properties and foreign members")
    func readsCollection() throws {
        let text = #"""
        {"type":"FeatureCollection","generator":"newsmap","features":[
        {"type":"Feature","id":"kyiv","geometry":{"type":"Point","coordinates":[30.5234,50.4501]},"properties":{"name":"Kyiv","rank":1,"alt":["Kiev"]}},
        {"type":"Feature","id":7,"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]},"properties":null,"role":"occupied"}
        ]}
        """#
        let result = try GeoJSONReader().read(string: text)
        #expect(result.warnings.isEmpty)
        guard case .featureCollection(let collection) = result.document else {
            Issue.record("expected a FeatureCollection")
            return
        }
        #expect(collection.foreignMembers == ["generator": "newsmap"])
        #expect(collection.features.count == 2)
        let kyiv = collection.features[0]
        #expect(kyiv.id == "kyiv")
        #expect(kyiv.geometry == .point(Position(longitude: 30.5234, latitude: 50.4501)))
        #expect(kyiv.properties.keys == ["name", "rank", "alt"])
        #expect(collection.features[1].id == 7)
        #expect(collection.features[1].properties.isEmpty)
        #expect(collection.features[1].foreignMembers == ["role": "occupied"])
    }

    @Test("An empty FeatureCollection is fine")
    func emptyCollection() throws {
        let document = try GeoJSONDocument(string: #"{"type":"FeatureCollection","features":[]}"#)
        #expect(document == .featureCollection(FeatureCollection(features: [])))
    }

    @Test("Every geometry type reads, altitude included")
    func allGeometryTypes() throws {
        let text = #"""
        {"type":"GeometryCollection","geometries":[
          {"type":"Point","coordinates":[1,2,300]},
          {"type":"MultiPoint","coordinates":[[1,2],[3,4]]},
          {"type":"LineString","coordinates":[[1,2],[3,4]]},
          {"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8]]]},
          {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]},
          {"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[]]}
        ]}
        """#
        guard case .geometry(.geometryCollection(let members)) = try GeoJSONDocument(string: text) else {
            Issue.record("expected a GeometryCollection")
            return
        }
        #expect(members.map(\.typeName) == ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"])
        #expect(members[0] == .point(Position(longitude: 1, latitude: 2, altitude: 300)))
    }

    @Test("A crs member is accepted, dropped and reported as a warning")
    func crsWarning() throws {
        let text = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4326"}},"features":[]}"#
        let result = try GeoJSONReader().read(string: text)
        #expect(result.warnings.map(\.path.description) == ["$.crs"])
        #expect(result.warnings.first?.message.contains("crs") == true)
        guard case .featureCollection(let collection) = result.document else {
            Issue.record("expected a FeatureCollection")
            return
        }
        #expect(collection.foreignMembers.isEmpty)
    }

    @Test("A missing type names the object's path")
    func missingType() {
        let error = readError(collection(secondGeometry: #"{"coordinates":[1,2]}"#))
        #expect(error == .missingMember("type", path: JSONPath.root + "features" + 1 + "geometry"))
        #expect(error?.path?.description == "$.features[1].geometry")
    }

    @Test("An unknown type names the type member's path")
    func unknownType() {
        let error = readError(collection(secondGeometry: #"{"type":"Circle","coordinates":[1,2]}"#))
        #expect(error?.path?.description == "$.features[1].geometry.type")
        guard case .unknownType("Circle", _)? = error else {
            Issue.record("expected unknownType, got \(String(describing: error))")
            return
        }
    }

    @Test("Wrong coordinate shapes name the deepest offending value", arguments: [
        (#"{"type":"Point","coordinates":"1,2"}"#, "$.features[1].geometry.coordinates"),
        (#"{"type":"Point","coordinates":[1]}"#, "$.features[1].geometry.coordinates"),
        (#"{"type":"LineString","coordinates":[[1,2],[3,"4"]]}"#, "$.features[1].geometry.coordinates[1][1]"),
        (#"{"type":"Polygon","coordinates":[[1,2],[3,4]]}"#, "$.features[1].geometry.coordinates[0][0]"),
        (#"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]], 5]}"#, "$.features[1].geometry.coordinates[1]"),
        (#"{"type":"LineString","coordinates":[[1,2]]}"#, "$.features[1].geometry.coordinates"),
        (#"{"type":"Point"}"#, "$.features[1].geometry"),
    ])
    func wrongShapes(geometry: String, expectedPath: String) {
        let error = readError(collection(secondGeometry: geometry))
        #expect(error != nil)
        #expect(error?.path?.description == expectedPath, "\(String(describing: error))")
    }

    @Test("Longitude and latitude out of range are separate errors at the number's path")
    func outOfRange() {
        let lon = readError(#"{"type":"MultiPoint","coordinates":[[0,0],[180.5,10]]}"#)
        #expect(lon == .longitudeOutOfRange(180.5, path: JSONPath.root + "coordinates" + 1 + 0))
        let lat = readError(#"{"type":"Point","coordinates":[10,-90.01]}"#)
        #expect(lat == .latitudeOutOfRange(-90.01, path: JSONPath.root + "coordinates" + 1))
        #expect(readError(#"{"type":"Point","coordinates":[-180,90]}"#) == nil)
    }

    @Test("A non-finite coordinate in a JSON value is rejected at its path")
    func nonFinite() {
        let value: JSONValue = .object(["type": "Point", "coordinates": [.number(.nan), 1]])
        #expect(throws: GeoJSONError.nonFiniteNumber(path: JSONPath.root + "coordinates" + 0)) {
            try GeoJSONReader().read(value: value)
        }
    }

    @Test("A ring with three positions is too short")
    func shortRing() {
        let error = readError(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]],[[0,0],[1,1],[0,0]]]}"#)
        #expect(error == .ringTooShort(count: 3, path: JSONPath.root + "coordinates" + 1))
    }

    @Test("An unclosed ring is its own error case")
    func unclosedRing() {
        let error = readError(collection(secondGeometry: #"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1]]]]}"#))
        #expect(error == .unclosedRing(path: JSONPath.root + "features" + 1 + "geometry" + "coordinates" + 0 + 0))
        #expect(error?.description.contains("unclosed ring") == true)
    }

    @Test("Feature-level mistakes: bad id, bad properties, a Feature where a geometry belongs")
    func featureMistakes() {
        #expect(readError(#"{"type":"Feature","id":[1],"geometry":null,"properties":{}}"#)?.path?.description == "$.id")
        #expect(readError(#"{"type":"Feature","geometry":null,"properties":[]}"#)?.path?.description == "$.properties")
        let nested = readError(#"{"type":"Feature","geometry":{"type":"Feature","geometry":null},"properties":{}}"#)
        #expect(nested == .unknownType("Feature", path: JSONPath.root + "geometry" + "type"))
        #expect(readError(#"{"type":"FeatureCollection"}"#) == .missingMember("features", path: .root))
    }

    @Test("Syntax errors pass through with their line and column")
    func syntaxPassesThrough() {
        guard case .syntax(_, let line, _)? = readError("{\"type\":\n\"Point\",,}") else {
            Issue.record("expected a syntax error")
            return
        }
        #expect(line == 2)
    }

    @Test("Foreign members of geometries are reported, positions longer than three numbers are trimmed with a warning")
    func geometryWarnings() throws {
        let result = try GeoJSONReader().read(string: #"{"type":"LineString","name":"x","coordinates":[[1,2,3,4],[5,6,7,8]]}"#)
        #expect(result.document == .geometry(.lineString([
            Position(longitude: 1, latitude: 2, altitude: 3), Position(longitude: 5, latitude: 6, altitude: 7),
        ])))
        #expect(result.warnings.map(\.path.description) == ["$.name", "$.coordinates[0]"])
    }
}
