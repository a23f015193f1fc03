/// Checks a written GeoJSON text against RFC 7946 and our output rules, collecting every violation.
///
/// Checks: the text parses as JSON; GeoJSON object types and shapes; longitudes in [-180, 180] and latitudes in
/// [-90, 90] degrees; polygon rings with ≥ 4 positions, closed, exterior counter-clockwise and holes clockwise;
/// no `crs` member on any GeoJSON object; at most `maximumDecimals` decimals in every number inside
/// `coordinates`, judged on the number's source text (`1.5e-7` counts as 8 decimals).
public enum RFC7946Validator {
    /// One broken rule, where it was found.
    public struct Violation: Hashable, Sendable, CustomStringConvertible {
        public enum Kind: Hashable, Sendable {
            case invalidJSON
            case invalidStructure
            case longitudeOutOfRange
            case latitudeOutOfRange
            case ringTooShort
            case unclosedRing
            case exteriorRingClockwise
            case holeCounterClockwise
            case crsMember
            case tooManyDecimals
        }

        public var kind: Kind
        public var path: JSONPath
        public var message: String

        public var description: String { "\(path): \(message)" }
    }

    /// All violations in `text`; empty when the document passes.
    public static func validate(text: String, maximumDecimals: Int = 6) -> [Violation] {
        validate(bytes: Array(text.utf8), maximumDecimals: maximumDecimals)
    }

    /// All violations in UTF-8 `bytes`; empty when the document passes.
    public static func validate(bytes: [UInt8], maximumDecimals: Int = 6) -> [Violation] {
        var decimals: [Int]? = []
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes, numberDecimals: &decimals)
        } catch {
            return [Violation(kind: .invalidJSON, path: .root, message: error.description)]
        }
        var walker = ValidationWalk(maximumDecimals: maximumDecimals)
        var counter = 0
        var stack: [JSONPath.Component] = []
        walker.document(value, at: .root)
        walker.checkCoordinateDecimals(value, stack: &stack, insideCoordinates: false, decimals: decimals ?? [], counter: &counter)
        return walker.violations
    }

    /// Decimal places a JSON number literal carries: fraction digits minus the exponent, at least 0;
    /// `nil` when `literal` is not a JSON number.
    public static func decimals(of literal: String) -> Int? {
        var decimals: [Int]? = []
        guard case .number? = try? JSONParser.parse(Array(literal.utf8), numberDecimals: &decimals) else { return nil }
        return decimals?.first
    }
}

/// The recursive checks behind `RFC7946Validator`.
private struct ValidationWalk {
    typealias Violation = RFC7946Validator.Violation
    let maximumDecimals: Int
    var violations: [Violation] = []

    init(maximumDecimals: Int) {
        self.maximumDecimals = maximumDecimals
    }

    /// Finds numbers inside `coordinates` whose source text has too many decimals. The parser recorded decimal counts in
    /// document order, which this pre-order walk repeats (objects keep document order; duplicate keys are
    /// rejected). The path is kept as a stack and only turned into a `JSONPath` for a violation.
    mutating func checkCoordinateDecimals(
        _ value: JSONValue, stack: inout [JSONPath.Component], insideCoordinates: Bool, decimals: [Int], counter: inout Int
    ) {
        switch value {
        case .number(let number):
            if insideCoordinates, counter < decimals.count, decimals[counter] > maximumDecimals {
                report(.tooManyDecimals, JSONPath(components: stack),
                       "\(number) is written with \(decimals[counter]) decimals, more than \(maximumDecimals)")
            }
            counter += 1
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                stack.append(.index(index))
                checkCoordinateDecimals(element, stack: &stack, insideCoordinates: insideCoordinates, decimals: decimals, counter: &counter)
                stack.removeLast()
            }
        case .object(let object):
            for (key, member) in object {
                stack.append(.key(key))
                checkCoordinateDecimals(member, stack: &stack, insideCoordinates: insideCoordinates || key == "coordinates",
                                        decimals: decimals, counter: &counter)
                stack.removeLast()
            }
        default: break
        }
    }

    mutating func report(_ kind: Violation.Kind, _ path: JSONPath, _ message: String) {
        violations.append(Violation(kind: kind, path: path, message: message))
    }

    mutating func document(_ value: JSONValue, at path: JSONPath) {
        guard let (object, type) = typedObject(value, at: path) else { return }
        switch type {
        case "FeatureCollection": featureCollection(object, at: path)
        case "Feature": feature(object, at: path)
        default: geometry(object, type: type, at: path)
        }
    }

    mutating func typedObject(_ value: JSONValue, at path: JSONPath) -> (JSONObject, String)? {
        guard case .object(let object) = value else {
            report(.invalidStructure, path, "expected a GeoJSON object, found \(value.kindDescription)")
            return nil
        }
        guard case .string(let type)? = object["type"] else {
            report(.invalidStructure, path, "missing or non-string \"type\" member")
            return nil
        }
        if object["crs"] != nil { report(.crsMember, path + "crs", "RFC 7946 has no \"crs\" member") }
        return (object, type)
    }

    mutating func featureCollection(_ object: JSONObject, at path: JSONPath) {
        guard case .array(let features)? = object["features"] else {
            report(.invalidStructure, path + "features", "FeatureCollection needs a \"features\" array")
            return
        }
        for (index, element) in features.enumerated() {
            let featurePath = path + "features" + index
            guard let (featureObject, type) = typedObject(element, at: featurePath) else { continue }
            guard type == "Feature" else {
                report(.invalidStructure, featurePath + "type", "expected \"Feature\", found \"\(type)\"")
                continue
            }
            feature(featureObject, at: featurePath)
        }
    }

    mutating func feature(_ object: JSONObject, at path: JSONPath) {
        switch object["geometry"] {
        case .null?: break
        case nil: report(.invalidStructure, path, "Feature needs a \"geometry\" member (null allowed)")
        case let value?:
            guard let (geometryObject, type) = typedObject(value, at: path + "geometry") else { return }
            geometry(geometryObject, type: type, at: path + "geometry")
        }
        switch object["properties"] {
        case .null?, .object?: break
        default: report(.invalidStructure, path + "properties", "Feature needs a \"properties\" member, an object or null")
        }
    }

    mutating func geometry(_ object: JSONObject, type: String, at path: JSONPath) {
        if type == "GeometryCollection" {
            guard case .array(let members)? = object["geometries"] else {
                report(.invalidStructure, path + "geometries", "GeometryCollection needs a \"geometries\" array")
                return
            }
            for (index, member) in members.enumerated() {
                guard let (memberObject, memberType) = typedObject(member, at: path + "geometries" + index) else { continue }
                geometry(memberObject, type: memberType, at: path + "geometries" + index)
            }
            return
        }
        let nesting: [String: Int] = ["Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2, "Polygon": 2, "MultiPolygon": 3]
        guard let depth = nesting[type] else {
            report(.invalidStructure, path + "type", "unknown geometry type \"\(type)\"")
            return
        }
        guard let coordinates = object["coordinates"] else {
            report(.invalidStructure, path, "missing \"coordinates\"")
            return
        }
        let at = path + "coordinates"
        switch type {
        case "Polygon": polygon(coordinates, at: at)
        case "MultiPolygon":
            for (index, polygonValue) in arrayElements(coordinates, at: at) { polygon(polygonValue, at: at + index) }
        default: positions(coordinates, depth: depth, at: at)
        }
    }

    mutating func arrayElements(_ value: JSONValue, at path: JSONPath) -> EnumeratedSequence<[JSONValue]> {
        guard case .array(let elements) = value else {
            report(.invalidStructure, path, "expected an array, found \(value.kindDescription)")
            return [JSONValue]().enumerated()
        }
        return elements.enumerated()
    }

    mutating func polygon(_ value: JSONValue, at path: JSONPath) {
        for (index, ringValue) in arrayElements(value, at: path) {
            let ringPath = path + index
            guard let ring = positions(ringValue, depth: 1, at: ringPath) else { continue }
            guard ring.count >= 4 else {
                report(.ringTooShort, ringPath, "a ring needs at least 4 positions, found \(ring.count)")
                continue
            }
            if ring.first != ring.last { report(.unclosedRing, ringPath, "unclosed ring: the last position differs from the first") }
            let area = RingOrientation.signedDoubleArea(ring)
            if index == 0, area < 0 {
                report(.exteriorRingClockwise, ringPath, "exterior ring is clockwise; RFC 7946 wants counter-clockwise")
            } else if index > 0, area > 0 {
                report(.holeCounterClockwise, ringPath, "hole is counter-clockwise; RFC 7946 wants clockwise")
            }
        }
    }

    /// Checks nested position arrays; for `depth` 1 returns the positions when all were readable.
    @discardableResult
    mutating func positions(_ value: JSONValue, depth: Int, at path: JSONPath) -> [Position]? {
        if depth == 0 { return position(value, at: { path }).map { [$0] } }
        var result: [Position] = []
        var complete = true
        for (index, element) in arrayElements(value, at: path) {
            if depth == 1 {
                if let p = position(element, at: { path + index }) { result.append(p) } else { complete = false }
            } else {
                positions(element, depth: depth - 1, at: path + index)
            }
        }
        guard case .array = value, complete else { return nil }
        return result
    }

    /// One position; `path` is evaluated only for a violation.
    mutating func position(_ value: JSONValue, at path: () -> JSONPath) -> Position? {
        guard case .array(let elements) = value, elements.count >= 2 else {
            report(.invalidStructure, path(), "a position must be an array of 2 or 3 numbers")
            return nil
        }
        var numbers: [Double] = []
        numbers.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard case .number(let number) = element else {
                report(.invalidStructure, path() + index, "expected a number, found \(element.kindDescription)")
                return nil
            }
            numbers.append(number)
        }
        if !(-180...180).contains(numbers[0]) {
            report(.longitudeOutOfRange, path() + 0, "longitude \(numbers[0]) is outside [-180, 180]")
        }
        if !(-90...90).contains(numbers[1]) {
            report(.latitudeOutOfRange, path() + 1, "latitude \(numbers[1]) is outside [-90, 90]")
        }
        return Position(longitude: numbers[0], latitude: numbers[1], altitude: numbers.count > 2 ? numbers[2] : nil)
    }
}
