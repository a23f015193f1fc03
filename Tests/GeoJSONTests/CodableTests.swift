import Foundation
import Testing
@testable import GeoJSON

/// The value with every object's keys sorted: Foundation's JSONEncoder and JSONDecoder do not keep key order.
private func keysSorted(_ value: JSONValue) -> JSONValue {
    switch value {
    case .array(let elements): return .array(elements.map(keysSorted))
    case .object(let object): return .object(keysSorted(object))
    default: return value
    }
}

private func keysSorted(_ object: JSONObject) -> JSONObject {
    var sorted = JSONObject()
    for key in object.keys.sorted() { sorted[key] = object[key].map(keysSorted) }
    return sorted
}

private func keysSorted(_ feature: Feature) -> Feature {
    Feature(id: feature.id, geometry: feature.geometry, properties: keysSorted(feature.properties),
            foreignMembers: keysSorted(feature.foreignMembers))
}

private func keysSorted(_ collection: FeatureCollection) -> FeatureCollection {
    FeatureCollection(features: collection.features.map(keysSorted), foreignMembers: keysSorted(collection.foreignMembers))
}

@Suite("Codable")
struct CodableTests {
    let feature = Feature(
        id: "kyiv",
        geometry: .polygon([[Position(longitude: 30.2, latitude: 50.2), Position(longitude: 30.8, latitude: 50.2),
                             Position(longitude: 30.8, latitude: 50.6), Position(longitude: 30.2, latitude: 50.2)]]),
        properties: ["name": "Kyiv", "population": 2_952_301, "nested": ["a": [1, 2.5]]],
        foreignMembers: ["source": "test"])

    @Test("Geometry, Feature, FeatureCollection and documents round-trip through JSONEncoder and JSONDecoder (key order aside)")
    func roundTrips() throws {
        let collection = FeatureCollection(features: [feature, Feature(geometry: nil)], foreignMembers: ["generator": "newsmap"])
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        #expect(try keysSorted(decoder.decode(FeatureCollection.self, from: encoder.encode(collection))) == keysSorted(collection))
        #expect(try keysSorted(decoder.decode(Feature.self, from: encoder.encode(feature))) == keysSorted(feature))
        let geometry = Geometry.geometryCollection([.point(Position(longitude: 1.123456789, latitude: 2, altitude: 3))])
        #expect(try decoder.decode(Geometry.self, from: encoder.encode(geometry)) == geometry)
        let document = try decoder.decode(GeoJSONDocument.self, from: encoder.encode(GeoJSONDocument.feature(feature)))
        #expect(document.features.map(keysSorted) == [keysSorted(feature)])
    }

    @Test("Encoding writes RFC 7946 members that our own reader accepts")
    func encodingIsGeoJSON() throws {
        let data = try JSONEncoder().encode(feature)
        let text = String(decoding: data, as: UTF8.self)
        #expect(try GeoJSONDocument(string: text).features.map(keysSorted) == [keysSorted(feature)])
    }

    @Test("JSONValue decodes every JSON kind")
    func jsonValueKinds() throws {
        let data = Data(#"[null,true,1.5,"s",[],{"k":false}]"#.utf8)
        let value = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(value == [nil, true, 1.5, "s", [], .object(["k": false])])
    }

    @Test("Decoding an unclosed ring fails with our error text")
    func decodingErrors() {
        let data = Data(#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#.utf8)
        #expect {
            try JSONDecoder().decode(Geometry.self, from: data)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription.contains("unclosed ring")
        }
    }
}
