// PUBLIC API CONTRACT (written first so the geoparser can be built against it in parallel).
// The gazetteer helper replaces the bodies; signatures may grow but must not break.
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

    public init(nearestPlace: Place?, nearestPlaceMeters: Double?, admin1: Place?, country: Place?, deFactoCountryCode: String?) {
        self.nearestPlace = nearestPlace
        self.nearestPlaceMeters = nearestPlaceMeters
        self.admin1 = admin1
        self.country = country
        self.deFactoCountryCode = deFactoCountryCode
    }
}

/*
 The Gazetteer type (final class, Sendable, immutable after load) offers at least:

   static func bundled() throws -> Gazetteer            // finds GeoData/ (env NEWSMAP_GEODATA, then next to the
                                                        // executable's package root, then the current directory)
   static func load(from directory: String) throws -> Gazetteer
   var dataVersion: String                              // GeoData version, e.g. "2026.12.1"
   static let newsMapVersion: String                    // NewsMap release, e.g. "0.1.0"

   static func foldedKey(_ name: String) -> String      // case/diacritic/punctuation folding used for all lookups
   func hasName(foldedKey: String) -> Bool              // O(1): is this folded string a known name or alias?
   func maxNameTokens -> Int                            // longest name in tokens, for n-gram scanning
   func candidates(for name: String, country: String? = nil, kind: PlaceKind? = nil, limit: Int = 10) -> [Candidate]
   func place(named name: String, country: String? = nil, kind: PlaceKind? = nil) throws -> Place   // best, or unknownName with suggestions
   func place(id: String) -> Place?
   func suggestions(for name: String, limit: Int = 3) -> [String]
   func country(code: String) -> Place?
   func capital(ofCountry code: String) -> Place?
   func countryWord(_ word: String) -> (country: Place, form: CountryWordForm)?    // "Ukrainian", "Ukrainians", "American"
   func admin1(code: String) -> Place?
   func boundary(of place: Place) -> GeoJSON.Geometry?  // countries, admin-1 units, named regions made of units
   func reverse(_ position: Position) throws -> ReverseGeocode
   func facilities(ofKind kind: PlaceKind, inCountry code: String) -> [Place]   // by prominence, best first
*/
