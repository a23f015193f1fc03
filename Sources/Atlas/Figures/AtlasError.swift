/// Why a layer or figure could not be built.
public enum AtlasError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A geodesic computation rejected its input (PROJ's geodesic.h).
    case geodesic(String)
    /// A map projection could not be built or applied (PROJ).
    case projection(String)
    /// A geometry operation failed (GEOS).
    case geometry(String)
    /// A reference place of the figures is not in the gazetteer.
    case unknownReferencePlace(name: String, reason: String)
    /// A parameter is out of range ("ring radius must be > 0 km").
    case invalidParameter(String)
    /// The occupied territory could not be built (bundled lines of contact or boundaries unusable).
    case occupiedTerritory(String)

    public var description: String {
        switch self {
        case .geodesic(let message): "geodesic computation failed: \(message)"
        case .projection(let message): "projection failed: \(message)"
        case .geometry(let message): "geometry operation failed: \(message)"
        case .unknownReferencePlace(let name, let reason): "reference place '\(name)' not found: \(reason)"
        case .invalidParameter(let message): message
        case .occupiedTerritory(let message): "occupied territory could not be built: \(message)"
        }
    }
}
