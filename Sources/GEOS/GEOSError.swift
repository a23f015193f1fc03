import GeoJSON

/// A failure of a GEOS operation, carrying GEOS's own message where GEOS produced one.
public enum GEOSError: Error, Equatable, Sendable, CustomStringConvertible {
    /// GEOS could not allocate a context handle (out of memory).
    case contextUnavailable
    /// WKT or WKB text/bytes could not be read; `message` is GEOS's parser message.
    case parse(String)
    /// A GEOS operation raised an exception; `operation` names the GEOS call, `message` is GEOS's text.
    case operationFailed(operation: String, message: String)
    /// A coordinate was NaN or infinite; such coordinates never reach GEOS.
    case invalidCoordinate(Position)
    /// The operation has no meaningful result for an empty geometry (for example the nearest points of
    /// an empty geometry, or an empty Point as GeoJSON, which RFC 7946 cannot express).
    case emptyGeometry(operation: String)
    /// A polygon ring whose first and last positions differ.
    case unclosedRing(first: Position, last: Position)
    /// A line or ring with fewer positions than its type needs (2 for a line, 4 for a ring).
    case tooFewPositions(kind: String, count: Int, minimum: Int)
    /// A numeric argument (a buffer distance, a tolerance) was NaN or infinite.
    case invalidParameter(name: String, value: Double)
    /// `geometry(at:)` was asked for a member that does not exist.
    case indexOutOfRange(index: Int, count: Int)

    public var description: String {
        switch self {
        case .contextUnavailable:
            "GEOS could not create a context handle"
        case .parse(let message):
            "could not parse geometry: \(message)"
        case .operationFailed(let operation, let message):
            "\(operation) failed: \(message)"
        case .invalidCoordinate(let position):
            "coordinate is not finite: (\(position.longitude), \(position.latitude))"
        case .emptyGeometry(let operation):
            "\(operation) is undefined for an empty geometry"
        case .unclosedRing(let first, let last):
            "ring is not closed: starts at (\(first.longitude), \(first.latitude)), "
                + "ends at (\(last.longitude), \(last.latitude))"
        case .tooFewPositions(let kind, let count, let minimum):
            "\(kind) has \(count) positions; at least \(minimum) are needed"
        case .invalidParameter(let name, let value):
            "\(name) must be finite, got \(value)"
        case .indexOutOfRange(let index, let count):
            "member index \(index) is outside 0..<\(count)"
        }
    }
}
