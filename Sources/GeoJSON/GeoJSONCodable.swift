// Codable conformances: the RFC 7946 JSON forms, so `JSONEncoder`/`JSONDecoder` read and write GeoJSON.
// Encoding keeps full precision and rings as given (use `GeoJSONWriter` for normalised output); decoding
// applies the same checks as `GeoJSONReader` and reports its errors as `DecodingError.dataCorrupted`.
// Note: Foundation's `JSONEncoder`/`JSONDecoder` do not keep object key order; `GeoJSONReader`/`GeoJSONWriter` do.

/// A coding key for arbitrary object member names.
struct JSONMemberKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer() {
            if single.decodeNil() { self = .null; return }
            if let flag = try? single.decode(Bool.self) { self = .bool(flag); return }
            if let number = try? single.decode(Double.self) { self = .number(number); return }
            if let text = try? single.decode(String.self) { self = .string(text); return }
        }
        if var unkeyed = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !unkeyed.isAtEnd { elements.append(try unkeyed.decode(JSONValue.self)) }
            self = .array(elements)
            return
        }
        let keyed = try decoder.container(keyedBy: JSONMemberKey.self)
        var object = JSONObject()
        for key in keyed.allKeys { object[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key) }
        self = .object(object)
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .bool(let flag):
            var single = encoder.singleValueContainer()
            try single.encode(flag)
        case .number(let number):
            var single = encoder.singleValueContainer()
            if number == number.rounded(.towardZero), abs(number) < 1e15 {
                try single.encode(Int64(number))
            } else {
                try single.encode(number)
            }
        case .string(let text):
            var single = encoder.singleValueContainer()
            try single.encode(text)
        case .array(let elements):
            var unkeyed = encoder.unkeyedContainer()
            for element in elements { try unkeyed.encode(element) }
        case .object(let object):
            var keyed = encoder.container(keyedBy: JSONMemberKey.self)
            for (key, member) in object { try keyed.encode(member, forKey: JSONMemberKey(key)) }
        }
    }
}

/// Runs a `GeoJSONObjectDecoder` step, turning its error into a `DecodingError` at the decoder's coding path.
private func decodeGeoJSON<T>(
    from decoder: any Decoder,
    _ step: (inout GeoJSONObjectDecoder, JSONValue) throws(GeoJSONError) -> T
) throws -> T {
    let value = try JSONValue(from: decoder)
    var objectDecoder = GeoJSONObjectDecoder()
    do {
        return try step(&objectDecoder, value)
    } catch {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
    }
}

private let fullPrecision = GeoJSONObjectEncoder(rounding: nil, includeBBox: false)

extension Position: Codable {
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        let longitude = try container.decode(Double.self)
        let latitude = try container.decode(Double.self)
        let altitude = container.isAtEnd ? nil : try container.decode(Double.self)
        self.init(longitude: longitude, latitude: latitude, altitude: altitude)
    }

    public func encode(to encoder: any Encoder) throws {
        try GeoJSONObjectEncoder.value(self).encode(to: encoder)
    }
}

extension Geometry: Codable {
    public init(from decoder: any Decoder) throws {
        self = try decodeGeoJSON(from: decoder) { d, v throws(GeoJSONError) in try d.geometry(v, at: .root) }
    }

    public func encode(to encoder: any Encoder) throws {
        try fullPrecision.value(self, withBBox: false).encode(to: encoder)
    }
}

extension Feature: Codable {
    public init(from decoder: any Decoder) throws {
        self = try decodeGeoJSON(from: decoder) { d, v throws(GeoJSONError) in try d.feature(v, at: .root) }
    }

    public func encode(to encoder: any Encoder) throws {
        try fullPrecision.value(self).encode(to: encoder)
    }
}

extension FeatureCollection: Codable {
    public init(from decoder: any Decoder) throws {
        self = try decodeGeoJSON(from: decoder) { d, v throws(GeoJSONError) in try d.featureCollection(v, at: .root) }
    }

    public func encode(to encoder: any Encoder) throws {
        try fullPrecision.value(self).encode(to: encoder)
    }
}

extension GeoJSONDocument: Codable {
    public init(from decoder: any Decoder) throws {
        self = try decodeGeoJSON(from: decoder) { d, v throws(GeoJSONError) in try d.document(v, at: .root) }
    }

    public func encode(to encoder: any Encoder) throws {
        try fullPrecision.value(self).encode(to: encoder)
    }
}
