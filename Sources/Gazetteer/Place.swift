import GeoJSON

/// What sort of place a gazetteer entry is. Raw values are the `kind` strings of the CLI contract.
public enum PlaceKind: String, Sendable, Hashable, CaseIterable, Codable {
    case city, country, admin1, region, continent, airport, airbase, facility
}

/// One gazetteer entry.
public struct Place: Sendable, Hashable {
    /// Source-prefixed identifier: `geonames:703448`, `icao:LRCK`, `iso3166:UA`, `iso3166-2:UA-14`, `region:middle-east`.
    public var id: String
    /// The name a reader of English news knows it by ("Kyiv", "Mihail Kogălniceanu Air Base").
    public var name: String
    public var kind: PlaceKind
    /// ISO 3166-1 alpha-2 code of the country (de jure); a country's own code for a country; nil for continents and seas.
    public var countryCode: String?
    /// ISO 3166-2 code of the admin-1 unit the place lies in (or is), when known: "UA-14".
    public var admin1Code: String?
    /// Representative point (a city's centre, a country's label point), WGS84 degrees.
    public var coordinate: Position
    public var population: Int?
    /// A facility's or region's rank among its peers (1 = most prominent); nil where not ranked.
    public var prominence: Int?
    /// True for national capitals.
    public var isCapital: Bool
    /// Set where de facto control differs from the de jure country (Crimea: "RU").
    public var deFactoCountryCode: String?

    public init(
        id: String, name: String, kind: PlaceKind, countryCode: String?, admin1Code: String? = nil,
        coordinate: Position, population: Int? = nil, prominence: Int? = nil, isCapital: Bool = false,
        deFactoCountryCode: String? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.countryCode = countryCode
        self.admin1Code = admin1Code
        self.coordinate = coordinate
        self.population = population
        self.prominence = prominence
        self.isCapital = isCapital
        self.deFactoCountryCode = deFactoCountryCode
    }
}

/// A place a name may refer to, with how well it matched.
public struct Candidate: Sendable, Hashable {
    public var place: Place
    /// Ranking score in 0...1, higher is better; comparable within one lookup.
    public var score: Double
    /// The name (or alias) that matched, as stored.
    public var matchedName: String
    /// True when the match is the place's primary name rather than an alternate name or alias.
    public var isPrimaryName: Bool

    public init(place: Place, score: Double, matchedName: String, isPrimaryName: Bool) {
        self.place = place
        self.score = score
        self.matchedName = matchedName
        self.isPrimaryName = isPrimaryName
    }
}

/// How a word refers to a country without naming it.
public enum CountryWordForm: String, Sendable, Hashable {
    /// "Ukrainian energy facility", "the Hungarian capital".
    case adjective
    /// "Ukrainians", "an American".
    case demonym
}
