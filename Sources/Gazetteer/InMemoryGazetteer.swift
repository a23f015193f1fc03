import GeoJSON

extension Gazetteer {
    /// Builds a gazetteer in memory from your own places, in the same binary layout GeoData uses, so it behaves
    /// exactly like the bundled one (folding, ranking, reverse lookup). Meant for tests and small custom lists.
    ///
    /// - Parameters:
    ///   - places: the places; ids must be unique. An admin-1 unit's id is `iso3166-2:CODE`; other places name
    ///     theirs through `admin1Code`. A country's capital is the city of that country marked `isCapital`.
    ///   - aliases: extra names by place id, ranked as curated aliases.
    ///   - countryWords: adjectives and demonyms ("Ukrainian": ("UA", .adjective)).
    ///   - boundaries: polygons or multipolygons by place id (coordinates are stored to 1e-5°).
    ///   - members: member place ids by region id.
    /// - Throws: `GazetteerError.corruptFile` (path "<memory>/…") for duplicate ids, unknown ids or non-polygons;
    ///   `.invalidCoordinate` for a place off the globe.
    public convenience init(
        places: [Place], aliases: [String: [String]] = [:],
        countryWords: [String: (countryCode: String, form: CountryWordForm)] = [:],
        boundaries: [String: GeoJSON.Geometry] = [:], members: [String: [String]] = [:], dataVersion: String = "memory"
    ) throws {
        let image = try GazetteerImageWriter(places: places, aliases: aliases, countryWords: countryWords,
                                             boundaries: boundaries, members: members, dataVersion: dataVersion)
        try self.init(
            index: GazetteerFile(file: MappedFile(copying: image.index, path: "<memory>/" + Self.indexFileName)),
            boundaries: BoundaryFile(file: MappedFile(copying: image.boundaries, path: "<memory>/" + Self.boundaryFileName)))
    }
}

/// Writes the two GeoData files from Swift values (the layout of Scripts/geodata/binary_format.py).
struct GazetteerImageWriter {
    private(set) var index: [UInt8] = []
    private(set) var boundaries: [UInt8] = []
    private var strings: [UInt8] = [0]
    private var stringOffsets: [String: UInt32] = ["": 0]

    init(
        places: [Place], aliases: [String: [String]], countryWords: [String: (countryCode: String, form: CountryWordForm)],
        boundaries shapes: [String: GeoJSON.Geometry], members: [String: [String]], dataVersion: String
    ) throws {
        func invalid(_ reason: String) -> GazetteerError { .corruptFile(path: "<memory>/" + Gazetteer.indexFileName, reason: reason) }
        var position: [String: Int] = [:]
        for (i, place) in places.enumerated() {
            guard position.updateValue(i, forKey: place.id) == nil else { throw invalid("duplicate id \(place.id)") }
            let c = place.coordinate
            guard c.latitude.isFinite, c.longitude.isFinite, abs(c.latitude) <= 90, abs(c.longitude) <= 180 else {
                throw GazetteerError.invalidCoordinate("\(place.id): latitude \(c.latitude), longitude \(c.longitude)")
            }
        }
        func indexOf(_ id: String) throws -> Int {
            guard let i = position[id] else { throw invalid("unknown place id \(id)") }
            return i
        }

        // Place records.
        var records: [UInt8] = []
        for (i, place) in places.enumerated() {
            let idField: UInt32
            if place.id.hasPrefix("geonames:"), let number = UInt32(place.id.dropFirst(9)), number < PlaceRecord.geonamesFlag {
                idField = number | PlaceRecord.geonamesFlag
            } else {
                idField = add(place.id)
            }
            var parent: Int32 = -1
            if place.kind == .admin1 {
                parent = Int32(i)
            } else if let code = place.admin1Code, let unit = position[Gazetteer.admin1Prefix + code] {
                parent = Int32(unit)
            }
            let kind = UInt8(GazetteerFile.kinds.firstIndex(of: place.kind) ?? 0)
            Self.append(idField, to: &records)
            Self.append(add(place.name), to: &records)
            Self.append(UInt32(bitPattern: parent), to: &records)
            Self.append(UInt32(bitPattern: Int32((place.coordinate.latitude * 1e5).rounded())), to: &records)
            Self.append(UInt32(bitPattern: Int32((place.coordinate.longitude * 1e5).rounded())), to: &records)
            Self.append(UInt32(clamping: max(0, place.population ?? 0)), to: &records)
            let prominence = UInt16(clamping: max(0, place.prominence ?? 0))
            records += [UInt8(prominence & 0xFF), UInt8(prominence >> 8), kind, place.isCapital ? 1 : 0]
            records += Self.code(place.countryCode) + Self.code(place.deFactoCountryCode)
        }

        // Names: primary names and aliases under their folded keys.
        var postingsByKey: [String: [Int: (match: MatchType, written: String)]] = [:]
        func addName(_ written: String, _ place: Int, _ match: MatchType) {
            let key = NameFolding.fold(written)
            guard !key.isEmpty else { return }
            if let existing = postingsByKey[key]?[place], existing.match <= match { return }
            postingsByKey[key, default: [:]][place] = (match, written)
        }
        for (i, place) in places.enumerated() { addName(place.name, i, .primary) }
        for (id, names) in aliases.sorted(by: { $0.key < $1.key }) {
            let i = try indexOf(id)
            for name in names { addName(name, i, .curated) }
        }
        var keyRecords: [UInt8] = [], postingRecords: [UInt8] = []
        var postingCount: UInt32 = 0
        var longest = 1
        for key in postingsByKey.keys.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            Self.append(add(key), to: &keyRecords)
            Self.append(postingCount, to: &keyRecords)
            longest = max(longest, key.split(separator: " ").count)
            for (place, found) in (postingsByKey[key] ?? [:]).sorted(by: { ($0.value.match.rawValue, $0.key) < ($1.value.match.rawValue, $1.key) }) {
                Self.append(UInt32(place) | found.match.rawValue << 28, to: &postingRecords)
                Self.append(add(found.written), to: &postingRecords)
                postingCount += 1
            }
        }

        // Country words, members, capitals, boundaries.
        let countries = Dictionary(places.enumerated().filter { $0.element.kind == .country }.compactMap { i, p in
            p.countryCode.map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
        var wordRecords: [UInt8] = []
        for (key, word, country, form) in try countryWords.map({ word, target -> (String, String, Int, CountryWordForm) in
            guard let country = countries[target.countryCode] else { throw invalid("country word \(word): no country \(target.countryCode)") }
            return (NameFolding.fold(word), word, country, target.form)
        }).sorted(by: { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }) {
            Self.append(add(key), to: &wordRecords)
            Self.append(UInt32(country), to: &wordRecords)
            Self.append(form == .adjective ? 0 : 1, to: &wordRecords)
            Self.append(add(word), to: &wordRecords)
        }
        var memberRecords: [UInt8] = []
        for (region, list) in try members.map({ (try indexOf($0.key), try $0.value.map(indexOf)) }).sorted(by: { $0.0 < $1.0 }) {
            for member in list {
                Self.append(UInt32(region), to: &memberRecords)
                Self.append(UInt32(member), to: &memberRecords)
            }
        }
        var capitalRecords: [UInt8] = []
        for (code, country) in countries.sorted(by: { $0.value < $1.value }) {
            if let capital = places.firstIndex(where: { $0.kind == .city && $0.isCapital && $0.countryCode == code }) {
                Self.append(UInt32(country), to: &capitalRecords)
                Self.append(UInt32(capital), to: &capitalRecords)
            }
        }
        var boundaryRecords: [UInt8] = [], geometries: [[UInt8]] = []
        for (place, geometry) in try shapes.map({ (try indexOf($0.key), $0.value) }).sorted(by: { $0.0 < $1.0 }) {
            let polygons: [PolygonCoordinates]
            switch geometry {
            case .polygon(let rings): polygons = [rings]
            case .multiPolygon(let parts): polygons = parts
            default: throw invalid("boundary of \(places[place].id) is a \(geometry.typeName), not a polygon")
            }
            Self.append(UInt32(place), to: &boundaryRecords)
            Self.append(UInt32(geometries.count), to: &boundaryRecords)
            geometries.append(Self.encode(polygons))
        }
        let meta = Array("version=\(dataVersion)\nformat=1\nmax_name_tokens=\(longest)\n".utf8)

        let sections: [(String, [UInt8])] = [
            ("STRS", strings), ("META", meta), ("PLCS", records), ("KEYS", keyRecords), ("POST", postingRecords),
            ("WRDS", wordRecords), ("MEMB", memberRecords), ("CAPS", capitalRecords), ("BNDS", boundaryRecords), ("ISO3", []),
        ]
        var header = Array("NMGAZ001".utf8)
        Self.append(GazetteerFile.formatVersion, to: &header)
        Self.append(UInt32(sections.count), to: &header)
        var body: [UInt8] = []
        var offset = header.count + 12 * sections.count
        for (tag, data) in sections {
            let padding = (4 - offset % 4) % 4
            body += [UInt8](repeating: 0, count: padding)
            offset += padding
            header += Array(tag.utf8)
            Self.append(UInt32(offset), to: &header)
            Self.append(UInt32(data.count), to: &header)
            body += data
            offset += data.count
        }
        index = header + body

        var boundaryFile = Array("NMBND001".utf8)
        Self.append(GazetteerFile.formatVersion, to: &boundaryFile)
        Self.append(UInt32(geometries.count), to: &boundaryFile)
        var running: UInt32 = 0
        for geometry in geometries {
            Self.append(running, to: &boundaryFile)
            running += UInt32(geometry.count)
        }
        Self.append(running, to: &boundaryFile)
        for geometry in geometries { boundaryFile += geometry }
        boundaries = boundaryFile
    }

    private mutating func add(_ text: String) -> UInt32 {
        if let offset = stringOffsets[text] { return offset }
        let offset = UInt32(strings.count)
        strings += Array(text.utf8.filter { $0 != 0 }) + [0]
        stringOffsets[text] = offset
        return offset
    }

    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }

    private static func code(_ code: String?) -> [UInt8] {
        let bytes = Array((code ?? "").utf8.prefix(2))
        return bytes + [UInt8](repeating: 0, count: 2 - bytes.count)
    }

    private static func encode(_ polygons: [PolygonCoordinates]) -> [UInt8] {
        var out: [UInt8] = []
        func varint(_ value: UInt64) {
            var v = value
            repeat {
                let byte = UInt8(v & 0x7F)
                v >>= 7
                out.append(v == 0 ? byte : byte | 0x80)
            } while v != 0
        }
        func zigzag(_ value: Int) -> UInt64 { UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))) }
        varint(UInt64(polygons.count))
        for rings in polygons {
            varint(UInt64(rings.count))
            for ring in rings {
                varint(UInt64(ring.count))
                var px = 0, py = 0
                for p in ring {
                    let x = Int((p.longitude * 1e5).rounded()), y = Int((p.latitude * 1e5).rounded())
                    varint(zigzag(x - px))
                    varint(zigzag(y - py))
                    px = x
                    py = y
                }
            }
        }
        return out
    }
}
