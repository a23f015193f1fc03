import Gazetteer
import GeoJSON

/// What the geoparser asks of a gazetteer. `Gazetteer` conforms; tests use `InMemoryPlaceDirectory`.
public protocol PlaceDirectory: Sendable {
    /// The folding used for every look-up (case, diacritics, punctuation).
    func foldedKey(_ name: String) -> String
    /// Is this folded string a known name or alias? Must be O(1).
    func hasName(foldedKey: String) -> Bool
    /// The longest name, in tokens, for n-gram scanning.
    var maxNameTokens: Int { get }
    /// Places a name may refer to, best first.
    func candidates(for name: String, country: String?, kind: PlaceKind?, limit: Int) -> [Candidate]
    /// The country an adjective or demonym refers to ("Ukrainian", "Ukrainians").
    func countryWord(_ word: String) -> (country: Place, form: CountryWordForm)?
    func capital(ofCountry code: String) -> Place?
    func country(code: String) -> Place?
    /// Facilities of a kind in a country, most prominent first.
    func facilities(ofKind kind: PlaceKind, inCountry code: String) -> [Place]
    /// Version of the data, for the output's `generator`.
    var dataVersion: String { get }
}

/// A small gazetteer held in memory: for tests and for callers with their own place lists.
public struct InMemoryPlaceDirectory: PlaceDirectory {
    public struct Entry: Sendable {
        public var place: Place
        public var names: [String]
        /// Prior score of the place for its names, 0...1.
        public var score: Double
        public init(place: Place, names: [String], score: Double) {
            self.place = place
            self.names = names
            self.score = score
        }
    }

    private let entriesByKey: [String: [(Entry, String)]]
    private let words: [String: (Place, CountryWordForm)]
    private let places: [Place]
    public let maxNameTokens: Int
    public let dataVersion: String

    /// `countryWords` maps a word ("Ukrainian") to a country code and form.
    public init(entries: [Entry], countryWords: [String: (String, CountryWordForm)] = [:], dataVersion: String = "test") {
        var byKey: [String: [(Entry, String)]] = [:]
        var longest = 1
        for entry in entries {
            for name in entry.names {
                byKey[Self.fold(name), default: []].append((entry, name))
                longest = max(longest, Tokenizer.tokens(of: Array(name.unicodeScalars)).filter(\.isWordLike).count)
            }
        }
        entriesByKey = byKey
        places = entries.map(\.place)
        var table: [String: (Place, CountryWordForm)] = [:]
        for (word, (code, form)) in countryWords {
            if let country = entries.first(where: { $0.place.kind == .country && $0.place.countryCode == code })?.place {
                table[Self.fold(word)] = (country, form)
            }
        }
        words = table
        maxNameTokens = longest
        self.dataVersion = dataVersion
    }

    /// Lower case, diacritics and punctuation removed, runs of spaces collapsed.
    static func fold(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if scalar.properties.generalCategory == .nonspacingMark { continue }
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else if scalar == "." || scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    public func foldedKey(_ name: String) -> String { Self.fold(name) }
    public func hasName(foldedKey: String) -> Bool { entriesByKey[foldedKey] != nil }

    public func candidates(for name: String, country: String?, kind: PlaceKind?, limit: Int) -> [Candidate] {
        let found = (entriesByKey[Self.fold(name)] ?? []).filter { entry, _ in
            (country == nil || entry.place.countryCode == country) && (kind == nil || entry.place.kind == kind)
        }
        return found.sorted { $0.0.score > $1.0.score }.prefix(limit).map { entry, matched in
            Candidate(place: entry.place, score: entry.score, matchedName: matched, isPrimaryName: matched == entry.place.name)
        }
    }

    public func countryWord(_ word: String) -> (country: Place, form: CountryWordForm)? {
        words[Self.fold(word)].map { (country: $0.0, form: $0.1) }
    }

    public func capital(ofCountry code: String) -> Place? {
        places.first { $0.countryCode == code && $0.isCapital && $0.kind == .city }
    }

    public func country(code: String) -> Place? {
        places.first { $0.kind == .country && $0.countryCode == code }
    }

    public func facilities(ofKind kind: PlaceKind, inCountry code: String) -> [Place] {
        places.filter { $0.kind == kind && $0.countryCode == code }.sorted { ($0.prominence ?? Int.max) < ($1.prominence ?? Int.max) }
    }
}
