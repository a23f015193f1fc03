import Foundation
import GeoJSON

/// The bundled gazetteer: every place in GeoData, looked up by folded name, id or code.
///
/// Immutable after load and safe to share between tasks. Loading maps `gazetteer.bin` and `boundaries.bin`
/// into memory and checks their structure once; places, names and polygons are decoded only when asked for.
///
/// ```swift
/// let gazetteer = try Gazetteer.bundled()
/// let budapest = try gazetteer.place(named: "Budapest")      // geonames:3054643
/// gazetteer.candidates(for: "Donetsk").map(\.place.kind)     // [.city, .admin1, .city, …]
/// ```
public final class Gazetteer: Sendable {
    /// The NewsMap release this code belongs to.
    public static let newsMapVersion = "0.1.0"
    /// File names inside a GeoData directory.
    public static let indexFileName = "gazetteer.bin"
    public static let boundaryFileName = "boundaries.bin"

    let index: GazetteerFile
    let boundaries: BoundaryFile
    /// The GeoData version, e.g. "2026.12.1".
    public let dataVersion: String
    /// The longest name or alias, in space-separated words of its folded key (for n-gram scanning).
    public let maxNameTokens: Int
    /// Country place index by ISO 3166-1 alpha-2 and alpha-3 code (upper case).
    let countryIndexByCode: [String: Int]
    /// Admin-1 place index by ISO 3166-2 code ("UA-14").
    let admin1IndexByCode: [String: Int]
    private let stringIDs = Lazy<[String: Int]>()
    private let geonamesIDs = Lazy<[UInt32: Int]>()
    private let facilitiesByCountry = Lazy<[String: [Int]]>()
    let reverseIndex = Lazy<ReverseIndex>()

    init(index: GazetteerFile, boundaries: BoundaryFile) throws {
        self.index = index
        self.boundaries = boundaries
        dataVersion = index.meta["version"] ?? "unknown"
        maxNameTokens = Int(index.meta["max_name_tokens"] ?? "") ?? 1
        var countries: [String: Int] = [:]
        var admin1: [String: Int] = [:]
        for i in 0..<index.placeCount {
            switch index.kind(ofPlace: i) {
            case .country:
                let (a, b) = index.countryCode(ofPlace: i)
                countries[String(decoding: [a, b], as: UTF8.self)] = i
                if let alpha3 = index.alpha3[i] { countries[alpha3] = i }
            case .admin1:
                let id = index.id(ofPlace: i)
                if id.hasPrefix(Self.admin1Prefix) { admin1[String(id.dropFirst(Self.admin1Prefix.count))] = i }
            default:
                break
            }
        }
        countryIndexByCode = countries
        admin1IndexByCode = admin1
        for (_, geometry) in index.boundaryIndex where geometry >= boundaries.count {
            throw GazetteerError.corruptFile(path: index.path, reason: "boundary \(geometry) is not in \(boundaries.file.path)")
        }
    }

    static let admin1Prefix = "iso3166-2:"
    /// A namesake seat must have at least this many inhabitants to be lifted above its region.
    static let namesakeMinimumPopulation = 20_000

    /// Loads GeoData from `directory` (the folder holding gazetteer.bin and boundaries.bin).
    /// - Throws: `GazetteerError.missingFile` or `.corruptFile`, naming the file.
    public static func load(from directory: String) throws -> Gazetteer {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        let index = try GazetteerFile(file: MappedFile(path: base + indexFileName))
        let boundaries = try BoundaryFile(file: MappedFile(path: base + boundaryFileName))
        return try Gazetteer(index: index, boundaries: boundaries)
    }

    /// Number of places (all kinds).
    public var placeCount: Int { index.placeCount }

    // MARK: names

    /// The case-, diacritic- and punctuation-insensitive key every lookup compares ("Washington, D.C." →
    /// "washington dc").
    public static func foldedKey(_ name: String) -> String { NameFolding.fold(name) }

    /// Same as the static `foldedKey(_:)`.
    public func foldedKey(_ name: String) -> String { NameFolding.fold(name) }

    /// Whether a folded string is a known name or alias (a binary search: O(log n)).
    public func hasName(foldedKey: String) -> Bool { index.keyIndex(of: foldedKey) != nil }

    /// Places `name` may refer to, best first, optionally only in one country (ISO alpha-2 or alpha-3) or of one
    /// kind. A leading "the" is optional ("the Baltic states"). Empty when nothing matches.
    public func candidates(for name: String, country: String? = nil, kind: PlaceKind? = nil, limit: Int = 10) -> [Candidate] {
        guard limit > 0 else { return [] }
        let key = Self.foldedKey(name)
        guard !key.isEmpty else { return [] }
        var keys = [key]
        if key.hasPrefix("the "), key.count > 4 { keys.append(String(key.dropFirst(4))) }
        let countryFilter = country.flatMap { countryIndexByCode[$0.uppercased()] }.map { index.countryCode(ofPlace: $0) }
        if country != nil, countryFilter == nil { return [] }
        var best: [Int: (match: MatchType, written: String)] = [:]
        for k in keys {
            guard let keyIndex = index.keyIndex(of: k) else { continue }
            for j in index.postingRange(ofKey: keyIndex) {
                let posting = index.posting(j, key: k)
                if let kind, index.kind(ofPlace: posting.place) != kind { continue }
                if let countryFilter, index.countryCode(ofPlace: posting.place) != countryFilter { continue }
                if let existing = best[posting.place], existing.match <= posting.match { continue }
                best[posting.place] = (posting.match, posting.written)
            }
        }
        var ranked: [(candidate: Candidate, index: Int)] = best.map { placeIndex, found in
            let place = self.place(at: placeIndex)
            let score = CandidateRanking.score(match: found.match, kind: place.kind, population: place.population ?? 0,
                                               prominence: place.prominence ?? 0, isCapital: place.isCapital)
            return (Candidate(place: place, score: score, matchedName: found.written, isPrimaryName: found.match == .primary), placeIndex)
        }
        // The namesake rule: a region's seat outranks the region it names when the name is the seat's own
        // ("Kherson": the city, then Kherson Oblast), even where GeoNames undercounts the city.
        for (unit, found) in best where found.match != .primary && index.kind(ofPlace: unit) == .admin1 {
            guard let unitScore = ranked.first(where: { $0.index == unit })?.candidate.score else { continue }
            let seats = ranked.indices.filter { r in
                ranked[r].candidate.place.kind == .city && ranked[r].candidate.isPrimaryName
                    && Int(index.record(ranked[r].index).parent) == unit
            }
            guard let seat = seats.max(by: { (ranked[$0].candidate.place.population ?? 0) < (ranked[$1].candidate.place.population ?? 0) }),
                  (ranked[seat].candidate.place.population ?? 0) >= Self.namesakeMinimumPopulation,
                  ranked[seat].candidate.score <= unitScore
            else { continue }
            ranked[seat].candidate.score = min(1, unitScore + 0.001)
        }
        ranked.sort { a, b in
            if a.candidate.score != b.candidate.score { return a.candidate.score > b.candidate.score }
            let pa = a.candidate.place.population ?? 0, pb = b.candidate.place.population ?? 0
            if pa != pb { return pa > pb }
            return a.index < b.index
        }
        return ranked.prefix(limit).map(\.candidate)
    }

    /// The best place for `name`.
    /// - Throws: `GazetteerError.emptyName`, or `.unknownName` with the closest known names.
    public func place(named name: String, country: String? = nil, kind: PlaceKind? = nil) throws -> Place {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !Self.foldedKey(trimmed).isEmpty else { throw GazetteerError.emptyName }
        if let best = candidates(for: trimmed, country: country, kind: kind, limit: 1).first { return best.place }
        throw GazetteerError.unknownName(trimmed, suggestions: suggestions(for: trimmed))
    }

    /// The country an adjective or demonym refers to: "Ukrainian" → Ukraine (adjective), "Britons" → United Kingdom.
    public func countryWord(_ word: String) -> (country: Place, form: CountryWordForm)? {
        let key = Self.foldedKey(word)
        guard !key.isEmpty, let found = index.countryWord(key) else { return nil }
        return (place(at: found.place), found.form)
    }

    // MARK: places by id and code

    /// The place with a source-prefixed id ("geonames:703448", "icao:LRCK", "iso3166:UA", "iso3166-2:UA-14").
    public func place(id: String) -> Place? { placeIndex(id: id).map(place(at:)) }

    /// A country by ISO 3166-1 alpha-2 or alpha-3 code, any case.
    public func country(code: String) -> Place? {
        countryIndexByCode[code.uppercased()].map(place(at:))
    }

    /// The national capital of a country (ISO alpha-2 or alpha-3).
    public func capital(ofCountry code: String) -> Place? {
        guard let country = countryIndexByCode[code.uppercased()], let capital = index.capitals[country] else { return nil }
        return place(at: capital)
    }

    /// An admin-1 unit by ISO 3166-2 code ("UA-14", or "iso3166-2:UA-14").
    public func admin1(code: String) -> Place? {
        let bare = code.hasPrefix(Self.admin1Prefix) ? String(code.dropFirst(Self.admin1Prefix.count)) : code
        return admin1IndexByCode[bare.uppercased()].map(place(at:))
    }

    /// The admin-1 unit a place lies in (an admin-1 unit is its own); nil when unknown.
    public func admin1(of place: Place) -> Place? {
        guard let i = placeIndex(id: place.id) else { return nil }
        let parent = Int(index.record(i).parent)
        return parent >= 0 ? self.place(at: parent) : nil
    }

    /// The hierarchy of a place, innermost first: the place, its admin-1 unit, its (de jure) country.
    public func hierarchy(of place: Place) -> [Place] {
        var chain = [place]
        if place.kind != .admin1, let unit = admin1(of: place) { chain.append(unit) }
        if place.kind != .country, let code = place.countryCode, let country = country(code: code) { chain.append(country) }
        return chain
    }

    /// The members of a grouping region (the Baltic states → Estonia, Latvia, Lithuania; Donbas → two oblasts).
    public func members(of place: Place) -> [Place] {
        guard let i = placeIndex(id: place.id) else { return [] }
        return index.members.filter { $0.region == i }.map { self.place(at: $0.member) }
    }

    /// Facilities of a kind (`.airbase`, `.airport`, `.facility`) in a country, most prominent first.
    public func facilities(ofKind kind: PlaceKind, inCountry code: String) -> [Place] {
        guard let country = countryIndexByCode[code.uppercased()] else { return [] }
        let (a, b) = index.countryCode(ofPlace: country)
        let alpha2 = String(decoding: [a, b], as: UTF8.self)
        let byCountry = facilitiesByCountry.value {
            var table: [String: [Int]] = [:]
            for i in 0..<index.placeCount {
                switch index.kind(ofPlace: i) {
                case .airbase, .airport, .facility:
                    let (x, y) = index.countryCode(ofPlace: i)
                    if x != 0 { table[String(decoding: [x, y], as: UTF8.self), default: []].append(i) }
                default: break
                }
            }
            return table
        }
        return (byCountry[alpha2] ?? [])
            .filter { index.kind(ofPlace: $0) == kind }
            .map { (index: $0, place: place(at: $0)) }
            .sorted { a, b in
                let pa = a.place.prominence ?? Int.max, pb = b.place.prominence ?? Int.max
                return pa != pb ? pa < pb : a.index < b.index
            }
            .map(\.place)
    }

    /// The polygon of a country, admin-1 unit or grouping region; nil for points (cities, facilities …).
    public func boundary(of place: Place) -> GeoJSON.Geometry? {
        guard let i = placeIndex(id: place.id), let geometry = index.boundaryIndex[i] else { return nil }
        return try? boundaries.geometry(geometry)
    }

    // MARK: internals

    func place(at i: Int) -> Place {
        let record = index.record(i)
        var admin1Code: String?
        if record.parent >= 0 {
            let parentID = index.id(ofPlace: Int(record.parent))
            if parentID.hasPrefix(Self.admin1Prefix) { admin1Code = String(parentID.dropFirst(Self.admin1Prefix.count)) }
        }
        return Place(
            id: index.id(ofPlace: i), name: index.string(at: record.nameOffset), kind: record.kind,
            countryCode: record.countryCode, admin1Code: admin1Code,
            coordinate: Position(longitude: Double(record.longitudeE5) / 1e5, latitude: Double(record.latitudeE5) / 1e5),
            population: record.population > 0 ? Int(record.population) : nil,
            prominence: record.prominence > 0 ? Int(record.prominence) : nil,
            isCapital: record.flags & 1 != 0, deFactoCountryCode: record.deFactoCountryCode)
    }

    func placeIndex(id: String) -> Int? {
        if id.hasPrefix("geonames:"), let number = UInt32(id.dropFirst("geonames:".count)) {
            let table = geonamesIDs.value {
                var table: [UInt32: Int] = [:]
                table.reserveCapacity(index.placeCount)
                for i in 0..<index.placeCount {
                    let field = index.idField(ofPlace: i)
                    if field & PlaceRecord.geonamesFlag != 0 { table[field & ~PlaceRecord.geonamesFlag] = i }
                }
                return table
            }
            return table[number]
        }
        let table = stringIDs.value {
            var table: [String: Int] = [:]
            for i in 0..<index.placeCount where index.idField(ofPlace: i) & PlaceRecord.geonamesFlag == 0 {
                table[index.id(ofPlace: i)] = i
            }
            return table
        }
        return table[id]
    }
}
