import GeoJSON

/// Errors from loading GeoData or looking a name up.
public enum GazetteerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A GeoData file is missing or unreadable.
    case missingFile(path: String)
    /// A GeoData file exists but its contents are not what the loader expects.
    case corruptFile(path: String, reason: String)
    /// The name was empty after trimming.
    case emptyName
    /// No place of that name; the closest known names, best first.
    case unknownName(String, suggestions: [String])
    /// A coordinate was NaN or out of range.
    case invalidCoordinate(String)

    public var description: String {
        switch self {
        case .missingFile(let path): "GeoData file missing or unreadable: \(path)"
        case .corruptFile(let path, let reason): "GeoData file \(path) is corrupt: \(reason)"
        case .emptyName: "empty place name"
        case .unknownName(let name, let suggestions):
            suggestions.isEmpty
                ? "unknown place '\(name)'"
                : "unknown place '\(name)'; did you mean \(suggestions.map { "'\($0)'" }.joined(separator: ", "))?"
        case .invalidCoordinate(let what): "invalid coordinate: \(what)"
        }
    }
}

/// What contains a point: the nearest populated place and the admin-1 unit and country around it.
public struct ReverseGeocode: Sendable, Hashable {
    public var nearestPlace: Place?
    public var nearestPlaceMeters: Double?
    public var admin1: Place?
    /// The de jure country (Ukraine for a point in Sevastopol).
    public var country: Place?
    /// The de facto country where it differs ("RU" for Crimea), with a note.
    public var deFactoCountryCode: String?
    /// Named regions made of the admin-1 unit or country found (the Crimean Peninsula, Donbas, the Baltic states).
    public var regions: [Place]

    public init(
        nearestPlace: Place?, nearestPlaceMeters: Double?, admin1: Place?, country: Place?, deFactoCountryCode: String?,
        regions: [Place] = []
    ) {
        self.nearestPlace = nearestPlace
        self.nearestPlaceMeters = nearestPlaceMeters
        self.admin1 = admin1
        self.country = country
        self.deFactoCountryCode = deFactoCountryCode
        self.regions = regions
    }
}
