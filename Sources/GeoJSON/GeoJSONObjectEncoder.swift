/// Turns model values into JSON values, optionally normalised for output (rounded, rings closed and rewound).
struct GeoJSONObjectEncoder {
    /// `nil`: coordinates are written at full precision and rings as given (used by `Codable`).
    var rounding: CoordinateRounding?
    var includeBBox: Bool

    // MARK: normalisation

    /// Rounds every position, closes open rings and rewinds polygons (exterior CCW, holes CW), when rounding is set.
    func prepared(_ geometry: Geometry) -> Geometry {
        guard let rounding else { return geometry }
        func ring(_ positions: [Position]) -> [Position] {
            var rounded = positions.map(rounding.round)
            if let first = rounded.first, rounded.last != first { rounded.append(first) }
            return rounded
        }
        func polygon(_ rings: PolygonCoordinates) -> PolygonCoordinates {
            RingOrientation.rewound(rings.map(ring))
        }
        switch geometry {
        case .point(let p): return .point(rounding.round(p))
        case .multiPoint(let ps): return .multiPoint(ps.map(rounding.round))
        case .lineString(let ps): return .lineString(ps.map(rounding.round))
        case .multiLineString(let lines): return .multiLineString(lines.map { $0.map(rounding.round) })
        case .polygon(let rings): return .polygon(polygon(rings))
        case .multiPolygon(let polygons): return .multiPolygon(polygons.map(polygon))
        case .geometryCollection(let members): return .geometryCollection(members.map(prepared))
        }
    }

    // MARK: JSON values

    func value(_ geometry: Geometry, withBBox: Bool) -> JSONValue {
        let geometry = prepared(geometry)
        return geometryValue(geometry, bbox: withBBox ? geometry.boundingBox : nil)
    }

    /// A geometry already prepared.
    private func geometryValue(_ geometry: Geometry, bbox: BoundingBox?) -> JSONValue {
        var object: JSONObject = ["type": .string(geometry.typeName)]
        if let bbox { object["bbox"] = bbox.jsonValue }
        switch geometry {
        case .point(let p): object["coordinates"] = Self.value(p)
        case .multiPoint(let ps), .lineString(let ps): object["coordinates"] = Self.value(ps)
        case .multiLineString(let lines): object["coordinates"] = .array(lines.map(Self.value))
        case .polygon(let rings): object["coordinates"] = .array(rings.map(Self.value))
        case .multiPolygon(let polygons): object["coordinates"] = .array(polygons.map { .array($0.map(Self.value)) })
        case .geometryCollection(let members): object["geometries"] = .array(members.map { geometryValue($0, bbox: nil) })
        }
        return .object(object)
    }

    func value(_ feature: Feature) -> JSONValue {
        let geometry = feature.geometry.map(prepared)
        var object: JSONObject = ["type": "Feature"]
        if let id = feature.id { object["id"] = id }
        if includeBBox, let bbox = geometry?.boundingBox { object["bbox"] = bbox.jsonValue }
        object["geometry"] = geometry.map { geometryValue($0, bbox: nil) } ?? .null
        object["properties"] = .object(feature.properties)
        Self.addForeignMembers(feature.foreignMembers, to: &object, reserved: ["type", "id", "bbox", "geometry", "properties"])
        return .object(object)
    }

    /// The collection object without its `features` member, and the prepared features' values.
    func parts(_ collection: FeatureCollection) -> (header: JSONObject, features: [JSONValue]) {
        var header: JSONObject = ["type": "FeatureCollection"]
        Self.addForeignMembers(collection.foreignMembers, to: &header, reserved: ["type", "bbox", "features"])
        let features = collection.features.map(value)
        if includeBBox {
            let boxes = collection.features.compactMap { $0.geometry.map(prepared)?.boundingBox }
            if let first = boxes.first { header["bbox"] = boxes.dropFirst().reduce(first) { $0.union($1) }.jsonValue }
        }
        return (header, features)
    }

    func value(_ collection: FeatureCollection) -> JSONValue {
        var (object, features) = parts(collection)
        object["features"] = .array(features)
        return .object(object)
    }

    func value(_ document: GeoJSONDocument) -> JSONValue {
        switch document {
        case .geometry(let g): value(g, withBBox: includeBBox)
        case .feature(let f): value(f)
        case .featureCollection(let c): value(c)
        }
    }

    // MARK: helpers

    static func value(_ position: Position) -> JSONValue {
        if let altitude = position.altitude {
            return .array([.number(position.longitude), .number(position.latitude), .number(altitude)])
        }
        return .array([.number(position.longitude), .number(position.latitude)])
    }

    static func value(_ positions: [Position]) -> JSONValue { .array(positions.map(value)) }

    /// Foreign members, except any that would shadow a member the RFC defines, and never a `crs`.
    private static func addForeignMembers(_ members: JSONObject, to object: inout JSONObject, reserved: Set<String>) {
        for (key, member) in members where !reserved.contains(key) && key != "crs" {
            object[key] = member
        }
    }
}
