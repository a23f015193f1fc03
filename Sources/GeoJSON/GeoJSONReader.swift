/// Reads RFC 7946 GeoJSON text into the model, checking what the RFC requires.
///
/// Errors (`GeoJSONError`) name the JSON path of the offending value. Things RFC 7946 discourages but a reader
/// can live with are accepted and reported as `warnings`: a `crs` member (dropped: coordinates are always WGS 84
/// longitude, latitude), positions with more than three numbers (extra numbers dropped) and foreign members of
/// geometry objects (which the model does not keep). Polygon winding is not checked on input (RFC 7946 §3.1.6
/// asks parsers not to reject either winding); `GeoJSONWriter` rewinds on output.
public struct GeoJSONReader: Sendable {
    /// Something accepted but worth telling the user about.
    public struct Warning: Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var path: JSONPath

        public init(message: String, path: JSONPath) {
            self.message = message
            self.path = path
        }

        public var description: String { "\(path): \(message)" }
    }

    /// A decoded document with the warnings met while reading it.
    public struct Result: Sendable {
        public var document: GeoJSONDocument
        public var warnings: [Warning]
    }

    public init() {}

    /// Reads GeoJSON from UTF-8 bytes.
    public func read(bytes: [UInt8]) throws(GeoJSONError) -> Result {
        try read(value: JSONParser.parse(bytes))
    }

    /// Reads GeoJSON from a string.
    public func read(string: String) throws(GeoJSONError) -> Result {
        try read(value: JSONParser.parse(string))
    }

    /// Reads GeoJSON from an already parsed JSON value.
    public func read(value: JSONValue) throws(GeoJSONError) -> Result {
        var decoder = GeoJSONObjectDecoder()
        let document = try decoder.document(value, at: .root)
        return Result(document: document, warnings: decoder.warnings)
    }
}

extension GeoJSONDocument {
    /// Reads a GeoJSON document from a string, ignoring warnings (use `GeoJSONReader` to see them).
    public init(string: String) throws(GeoJSONError) {
        self = try GeoJSONReader().read(string: string).document
    }

    /// Reads a GeoJSON document from UTF-8 bytes, ignoring warnings.
    public init(bytes: [UInt8]) throws(GeoJSONError) {
        self = try GeoJSONReader().read(bytes: bytes).document
    }
}

/// Decodes JSON values into GeoJSON model values, collecting warnings.
struct GeoJSONObjectDecoder {
    var warnings: [Warning] = []
    private var warnedAboutLongPositions = false

    typealias Warning = GeoJSONReader.Warning

    static let geometryTypes: Set<String> = [
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
    ]

    mutating func document(_ value: JSONValue, at path: JSONPath) throws(GeoJSONError) -> GeoJSONDocument {
        let (object, type) = try typedObject(value, at: path)
        switch type {
        case "FeatureCollection": return .featureCollection(try featureCollection(object, at: path))
        case "Feature": return .feature(try feature(object, at: path))
        default:
            guard Self.geometryTypes.contains(type) else { throw .unknownType(type, path: path + "type") }
            return .geometry(try geometry(object, type: type, at: path))
        }
    }

    mutating func featureCollection(_ value: JSONValue, at path: JSONPath) throws(GeoJSONError) -> FeatureCollection {
        let (object, type) = try typedObject(value, at: path)
        guard type == "FeatureCollection" else { throw .unknownType(type, path: path + "type") }
        return try featureCollection(object, at: path)
    }

    mutating func feature(_ value: JSONValue, at path: JSONPath) throws(GeoJSONError) -> Feature {
        let (object, type) = try typedObject(value, at: path)
        guard type == "Feature" else { throw .unknownType(type, path: path + "type") }
        return try feature(object, at: path)
    }

    mutating func geometry(_ value: JSONValue, at path: JSONPath) throws(GeoJSONError) -> Geometry {
        let (object, type) = try typedObject(value, at: path)
        guard Self.geometryTypes.contains(type) else { throw .unknownType(type, path: path + "type") }
        return try geometry(object, type: type, at: path)
    }

    // MARK: objects

    private mutating func featureCollection(_ object: JSONObject, at path: JSONPath) throws(GeoJSONError) -> FeatureCollection {
        guard let featuresValue = object["features"] else { throw .missingMember("features", path: path) }
        guard case .array(let elements) = featuresValue else {
            throw .wrongValueType(expected: "an array of features", found: featuresValue.kindDescription, path: path + "features")
        }
        var features: [Feature] = []
        features.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            features.append(try feature(element, at: path + "features" + index))
        }
        let foreign = foreignMembers(of: object, reserved: ["type", "features", "bbox"], at: path)
        return FeatureCollection(features: features, foreignMembers: foreign)
    }

    private mutating func feature(_ object: JSONObject, at path: JSONPath) throws(GeoJSONError) -> Feature {
        var id: JSONValue?
        if let idValue = object["id"] {
            switch idValue {
            case .string, .number: id = idValue
            default: throw .wrongValueType(expected: "a string or a number", found: idValue.kindDescription, path: path + "id")
            }
        }
        var geometryValue: Geometry?
        switch object["geometry"] {
        case nil:
            warnings.append(Warning(message: "Feature has no \"geometry\" member; read as null", path: path))
        case .null?:
            break
        case let value?:
            geometryValue = try geometry(value, at: path + "geometry")
        }
        var properties = JSONObject()
        switch object["properties"] {
        case nil, .null?: break
        case .object(let members)?: properties = members
        case let value?:
            throw .wrongValueType(expected: "an object or null", found: value.kindDescription, path: path + "properties")
        }
        let foreign = foreignMembers(of: object, reserved: ["type", "id", "geometry", "properties", "bbox"], at: path)
        return Feature(id: id, geometry: geometryValue, properties: properties, foreignMembers: foreign)
    }

    private mutating func geometry(_ object: JSONObject, type: String, at path: JSONPath) throws(GeoJSONError) -> Geometry {
        let reserved: Set<String> = type == "GeometryCollection" ? ["type", "geometries", "bbox"] : ["type", "coordinates", "bbox"]
        let dropped = foreignMembers(of: object, reserved: reserved, at: path)
        for (key, _) in dropped {
            warnings.append(Warning(message: "foreign member \"\(key)\" of a geometry is not kept", path: path + key))
        }
        if type == "GeometryCollection" {
            guard let membersValue = object["geometries"] else { throw .missingMember("geometries", path: path) }
            guard case .array(let elements) = membersValue else {
                throw .wrongValueType(expected: "an array of geometries", found: membersValue.kindDescription, path: path + "geometries")
            }
            var members: [Geometry] = []
            for (index, element) in elements.enumerated() {
                members.append(try geometry(element, at: path + "geometries" + index))
            }
            return .geometryCollection(members)
        }
        guard let coordinates = object["coordinates"] else { throw .missingMember("coordinates", path: path) }
        let at = path + "coordinates"
        switch type {
        case "Point": return .point(try position(coordinates, at: { at }))
        case "MultiPoint": return .multiPoint(try positions(coordinates, at: at))
        case "LineString": return .lineString(try line(coordinates, at: at))
        case "MultiLineString": return .multiLineString(try list(coordinates, at: at) { me, v, p throws(GeoJSONError) in try me.line(v, at: p) })
        case "Polygon": return .polygon(try polygon(coordinates, at: at))
        default: return .multiPolygon(try list(coordinates, at: at) { me, v, p throws(GeoJSONError) in try me.polygon(v, at: p) })
        }
    }

    // MARK: coordinates

    private mutating func polygon(_ value: JSONValue, at path: JSONPath) throws(GeoJSONError) -> PolygonCoordinates {
        try list(value, at: path) { me, ring, ringPath throws(GeoJSONError) in
            let positions = try me.positions(ring, at: ringPath)
            guard positions.count >= 4 else { throw .ringTooShort(count: positions.count, path: ringPath) }
            guard positions.first == positions.last else { throw .unclosedRing(path: ringPath) }
            return positions
        }
    }

    private mutating func line(_ value: JSONValue, at path: JSONPath) throws(GeoJSONError) -> LineCoordinates {
        let positions = try positions(value, at: path)
        if positions.count == 1 { throw .tooFewPositions(count: 1, minimum: 2, path: path) }
        return positions
    }

    private mutating func list<T>(
        _ value: JSONValue, at path: JSONPath,
        _ element: (inout GeoJSONObjectDecoder, JSONValue, JSONPath) throws(GeoJSONError) -> T
    ) throws(GeoJSONError) -> [T] {
        guard case .array(let elements) = value else {
            throw .wrongValueType(expected: "an array", found: value.kindDescription, path: path)
        }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (index, item) in elements.enumerated() {
            result.append(try element(&self, item, path + index))
        }
        return result
    }

    private mutating func positions(_ value: JSONValue, at path: JSONPath) throws(GeoJSONError) -> [Position] {
        guard case .array(let elements) = value else {
            throw .wrongValueType(expected: "an array of positions", found: value.kindDescription, path: path)
        }
        var result: [Position] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            result.append(try position(element, at: { path + index }))
        }
        return result
    }

    /// One position; `path` is only evaluated when something is wrong, so the happy path allocates nothing.
    private mutating func position(_ value: JSONValue, at path: () -> JSONPath) throws(GeoJSONError) -> Position {
        guard case .array(let numbers) = value else {
            throw .wrongValueType(expected: "a position (an array of numbers)", found: value.kindDescription, path: path())
        }
        guard numbers.count >= 2 else { throw .invalidPosition(count: numbers.count, path: path()) }
        if numbers.count > 3, !warnedAboutLongPositions {
            warnedAboutLongPositions = true
            warnings.append(Warning(message: "positions with more than 3 numbers: the extra numbers are dropped", path: path()))
        }
        var coordinates: (Double, Double, Double) = (0, 0, 0)
        for index in 0..<min(numbers.count, 3) {
            guard case .number(let number) = numbers[index] else {
                throw .wrongValueType(expected: "a number", found: numbers[index].kindDescription, path: path() + index)
            }
            guard number.isFinite else { throw .nonFiniteNumber(path: path() + index) }
            switch index {
            case 0: coordinates.0 = number
            case 1: coordinates.1 = number
            default: coordinates.2 = number
            }
        }
        guard (-180...180).contains(coordinates.0) else { throw .longitudeOutOfRange(coordinates.0, path: path() + 0) }
        guard (-90...90).contains(coordinates.1) else { throw .latitudeOutOfRange(coordinates.1, path: path() + 1) }
        return Position(longitude: coordinates.0, latitude: coordinates.1, altitude: numbers.count >= 3 ? coordinates.2 : nil)
    }

    // MARK: helpers

    private func typedObject(_ value: JSONValue, at path: JSONPath) throws(GeoJSONError) -> (JSONObject, String) {
        guard case .object(let object) = value else {
            throw .wrongValueType(expected: "a GeoJSON object", found: value.kindDescription, path: path)
        }
        guard let typeValue = object["type"] else { throw .missingMember("type", path: path) }
        guard case .string(let type) = typeValue else {
            throw .wrongValueType(expected: "a string", found: typeValue.kindDescription, path: path + "type")
        }
        return (object, type)
    }

    /// The members outside `reserved`, in order; a `crs` member is dropped with a warning.
    private mutating func foreignMembers(of object: JSONObject, reserved: Set<String>, at path: JSONPath) -> JSONObject {
        var foreign = JSONObject()
        for (key, value) in object where !reserved.contains(key) {
            if key == "crs" {
                warnings.append(Warning(
                    message: "the \"crs\" member is not part of RFC 7946 and is ignored; coordinates are read as WGS 84 longitude, latitude",
                    path: path + "crs"))
            } else {
                foreign[key] = value
            }
        }
        return foreign
    }
}

extension GeoJSONReader {
    /// Reads a GeoJSON Text Sequence (RFC 8142): records that start with the 0x1E record separator, each one
    /// GeoJSON text (usually a Feature). A bare geometry record becomes a feature without properties; a
    /// FeatureCollection record contributes its features. Errors and warnings carry the path `$[record]...`,
    /// records counted from 0. A record that is not JSON fails the whole read (RFC 8142 lets readers skip such
    /// records; we would rather say so).
    public func readTextSequence(bytes: [UInt8]) throws(GeoJSONError) -> (features: [Feature], warnings: [Warning]) {
        var features: [Feature] = []
        var warnings: [Warning] = []
        let records = bytes.split(separator: 0x1E, omittingEmptySubsequences: false).dropFirst()
        if records.isEmpty, bytes.contains(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
            throw .syntax("a GeoJSON text sequence must start with the record separator 0x1E", line: 1, column: 1)
        }
        for (index, record) in records.enumerated() {
            let value: JSONValue
            do throws(GeoJSONError) {
                value = try JSONParser.parse(Array(record))
            } catch {
                guard case .syntax(let message, let line, let column) = error else { throw error }
                throw .syntax("record \(index): \(message)", line: line, column: column)
            }
            var decoder = GeoJSONObjectDecoder()
            let document = try decoder.document(value, at: JSONPath.root + index)
            features.append(contentsOf: document.features)
            warnings.append(contentsOf: decoder.warnings)
        }
        return (features, warnings)
    }

    /// Reads a GeoJSON Text Sequence from a string.
    public func readTextSequence(string: String) throws(GeoJSONError) -> (features: [Feature], warnings: [Warning]) {
        try readTextSequence(bytes: Array(string.utf8))
    }
}
