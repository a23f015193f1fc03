import Gazetteer
import GeoJSON

/// A word that stands for a place without being its gazetteer name: "Calif." (California), "European" (Europe),
/// "Texans" (Texas).
public struct PlaceWord: Sendable, Hashable {
    public var form: MentionForm
    /// The gazetteer name it resolves through, with optional kind and country filters.
    public var placeName: String
    public var kind: PlaceKind?
    public var country: String?

    public init(form: MentionForm, placeName: String, kind: PlaceKind? = nil, country: String? = nil) {
        self.form = form
        self.placeName = placeName
        self.kind = kind
        self.country = country
    }
}

/// The word lists recognition weighs evidence with, read from `GeoData/lexicons` (see its README).
public struct RecognitionLexicons: Sendable {
    /// Common English words in lower case: a capitalised one ("May", "Mobile") is weak evidence of a place.
    public var commonWords: Set<String>
    /// Keyed by the word as written, case-sensitive ("Calif.", "European").
    public var placeWords: [String: PlaceWord]
    /// Places the gazetteer lacks ("England", "Siberia"), added to its look-ups.
    public var extraPlaces: [InMemoryPlaceDirectory.Entry]
    /// Countries' GeoNames-style reference points by ISO alpha-2 code, used instead of GeoData's label points.
    public var countryPoints: [String: Position]

    public init(commonWords: Set<String> = [], placeWords: [String: PlaceWord] = [:], extraPlaces: [InMemoryPlaceDirectory.Entry] = [],
                countryPoints: [String: Position] = [:])
    {
        self.commonWords = commonWords
        self.placeWords = placeWords
        self.extraPlaces = extraPlaces
        self.countryPoints = countryPoints
    }

    /// Reads `common-words.txt`, `place-words.tsv` and `extra-places.tsv`; a missing file gives an empty list.
    public static func load(lexiconDirectory: String) throws(GeoparserError) -> RecognitionLexicons {
        var lexicons = RecognitionLexicons()
        if let lines = try? LexiconFile.lines("\(lexiconDirectory)/common-words.txt") {
            lexicons.commonWords = Set(lines.filter { !$0.isEmpty })
        }
        if let lines = try? LexiconFile.lines("\(lexiconDirectory)/place-words.tsv") {
            for (number, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 3, let form = MentionForm(rawValue: fields[1]) else {
                    throw .invalidLine(path: "\(lexiconDirectory)/place-words.tsv", line: number + 1, reason: "expected WORD<TAB>FORM<TAB>PLACE")
                }
                let kind = fields.count > 3 ? PlaceKind(rawValue: fields[3]) : nil
                let country = fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil
                lexicons.placeWords[fields[0]] = PlaceWord(form: form, placeName: fields[2], kind: kind, country: country)
            }
        }
        if let lines = try? LexiconFile.lines("\(lexiconDirectory)/extra-places.tsv") {
            for (number, line) in lines.enumerated() where !line.isEmpty && !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard fields.count >= 6, let kind = PlaceKind(rawValue: fields[2]), let lat = Double(fields[4]), let lon = Double(fields[5]) else {
                    throw .invalidLine(path: "\(lexiconDirectory)/extra-places.tsv", line: number + 1, reason: "expected ID<TAB>NAME<TAB>KIND<TAB>CC<TAB>LAT<TAB>LON")
                }
                let place = Place(id: fields[0], name: fields[1], kind: kind, countryCode: fields[3].isEmpty ? nil : fields[3],
                                  coordinate: Position(longitude: lon, latitude: lat))
                let others = fields.count > 6 ? fields[6].split(separator: "|").map(String.init) : []
                lexicons.extraPlaces.append(.init(place: place, names: [fields[1]] + others, score: 0.95))
            }
        }
        if let lines = try? LexiconFile.lines("\(lexiconDirectory)/country-points.tsv") {
            for line in lines where !line.isEmpty && !line.hasPrefix("#") {
                let fields = line.split(separator: "\t").map(String.init)
                guard fields.count == 3, let lat = Double(fields[1]), let lon = Double(fields[2]) else { continue }
                lexicons.countryPoints[fields[0]] = Position(longitude: lon, latitude: lat)
            }
        }
        return lexicons
    }
}

enum LexiconFile {
    static func lines(_ path: String) throws(GeoparserError) -> [String] {
        let bytes = try ByteSource(path: path).readAll()
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

/// A gazetteer with a few places added from a lexicon; the added ones answer first when scores tie.
public struct SupplementedPlaceDirectory: PlaceDirectory {
    public let base: any PlaceDirectory
    public let extra: InMemoryPlaceDirectory

    public let countryPoints: [String: Position]

    public init(base: any PlaceDirectory, extraPlaces: [InMemoryPlaceDirectory.Entry], countryPoints: [String: Position] = [:]) {
        self.base = base
        extra = InMemoryPlaceDirectory(entries: extraPlaces, dataVersion: base.dataVersion)
        self.countryPoints = countryPoints
    }

    func adjusted(_ place: Place) -> Place {
        guard place.kind == .country, let code = place.countryCode, let point = countryPoints[code] else { return place }
        var moved = place
        moved.coordinate = point
        return moved
    }

    func adjusted(_ candidate: Candidate) -> Candidate {
        var moved = candidate
        moved.place = adjusted(candidate.place)
        return moved
    }

    public func foldedKey(_ name: String) -> String { base.foldedKey(name) }
    public func hasName(foldedKey: String) -> Bool { extra.hasName(foldedKey: foldedKey) || base.hasName(foldedKey: foldedKey) }
    public var maxNameTokens: Int { max(base.maxNameTokens, extra.maxNameTokens) }
    public func candidates(for name: String, country: String?, kind: PlaceKind?, limit: Int) -> [Candidate] {
        let added = extra.candidates(for: name, country: country, kind: kind, limit: limit)
        let found = base.candidates(for: name, country: country, kind: kind, limit: limit).map(adjusted)
        if added.isEmpty { return found }
        return Array((added + found).sorted { $0.score > $1.score }.prefix(limit))
    }
    public func countryWord(_ word: String) -> (country: Place, form: CountryWordForm)? {
        base.countryWord(word).map { (country: adjusted($0.country), form: $0.form) }
    }
    public func capital(ofCountry code: String) -> Place? { base.capital(ofCountry: code) }
    public func country(code: String) -> Place? { base.country(code: code).map(adjusted) }
    public func facilities(ofKind kind: PlaceKind, inCountry code: String) -> [Place] { base.facilities(ofKind: kind, inCountry: code) }
    public var dataVersion: String { base.dataVersion }
}
