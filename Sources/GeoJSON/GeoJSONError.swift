/// Why a text could not be read as JSON or as RFC 7946 GeoJSON.
///
/// JSON syntax errors carry a 1-based line and column (columns count Unicode scalars);
/// GeoJSON errors carry the JSON path of the offending value, e.g. `$.features[3].geometry.coordinates[0]`.
public enum GeoJSONError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text is not valid JSON (RFC 8259).
    case syntax(String, line: Int, column: Int)
    /// A string contains bytes that are not valid UTF-8.
    case invalidUTF8(line: Int, column: Int)
    /// Arrays and objects are nested deeper than `limit` levels.
    case nestingTooDeep(limit: Int, line: Int, column: Int)
    /// A required member (e.g. `type`, `coordinates`, `features`) is absent.
    case missingMember(String, path: JSONPath)
    /// The `type` member names no RFC 7946 object allowed at this place.
    case unknownType(String, path: JSONPath)
    /// A value has the wrong JSON kind, e.g. a string where coordinates should be.
    case wrongValueType(expected: String, found: String, path: JSONPath)
    /// A position has fewer than two numbers.
    case invalidPosition(count: Int, path: JSONPath)
    /// A coordinate is NaN or infinite.
    case nonFiniteNumber(path: JSONPath)
    /// A longitude outside [-180, 180] degrees.
    case longitudeOutOfRange(Double, path: JSONPath)
    /// A latitude outside [-90, 90] degrees.
    case latitudeOutOfRange(Double, path: JSONPath)
    /// A line string with one position (it needs two, or none for an empty geometry).
    case tooFewPositions(count: Int, minimum: Int, path: JSONPath)
    /// A polygon ring with fewer than four positions.
    case ringTooShort(count: Int, path: JSONPath)
    /// A polygon ring whose last position differs from its first.
    case unclosedRing(path: JSONPath)

    /// Where a GeoJSON (semantic) error sits; `nil` for JSON syntax errors.
    public var path: JSONPath? {
        switch self {
        case .syntax, .invalidUTF8, .nestingTooDeep: nil
        case .missingMember(_, let path), .unknownType(_, let path), .wrongValueType(_, _, let path),
            .invalidPosition(_, let path), .nonFiniteNumber(let path), .longitudeOutOfRange(_, let path),
            .latitudeOutOfRange(_, let path), .tooFewPositions(_, _, let path), .ringTooShort(_, let path),
            .unclosedRing(let path):
            path
        }
    }

    /// Line and column (1-based) of a JSON syntax error; `nil` for GeoJSON errors.
    public var location: (line: Int, column: Int)? {
        switch self {
        case .syntax(_, let line, let column), .invalidUTF8(let line, let column),
            .nestingTooDeep(_, let line, let column):
            (line, column)
        default: nil
        }
    }

    public var description: String {
        switch self {
        case .syntax(let message, let line, let column):
            "invalid JSON at line \(line), column \(column): \(message)"
        case .invalidUTF8(let line, let column):
            "invalid JSON at line \(line), column \(column): string contains bytes that are not valid UTF-8"
        case .nestingTooDeep(let limit, let line, let column):
            "invalid JSON at line \(line), column \(column): arrays and objects nested deeper than \(limit) levels"
        case .missingMember(let name, let path):
            "\(path): missing member \"\(name)\""
        case .unknownType(let name, let path):
            "\(path): unknown GeoJSON type \"\(name)\""
        case .wrongValueType(let expected, let found, let path):
            "\(path): expected \(expected), found \(found)"
        case .invalidPosition(let count, let path):
            "\(path): a position needs at least 2 numbers (longitude, latitude), found \(count)"
        case .nonFiniteNumber(let path):
            "\(path): coordinate is not a finite number"
        case .longitudeOutOfRange(let value, let path):
            "\(path): longitude \(value) is outside [-180, 180] degrees"
        case .latitudeOutOfRange(let value, let path):
            "\(path): latitude \(value) is outside [-90, 90] degrees"
        case .tooFewPositions(let count, let minimum, let path):
            "\(path): needs at least \(minimum) positions, found \(count)"
        case .ringTooShort(let count, let path):
            "\(path): a polygon ring needs at least 4 positions, found \(count)"
        case .unclosedRing(let path):
            "\(path): unclosed ring (the last position must equal the first)"
        }
    }
}
