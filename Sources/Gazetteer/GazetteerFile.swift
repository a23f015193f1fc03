/// How a name matched a place, best first; stored in the top bits of each posting.
enum MatchType: UInt32, Sendable, Comparable {
    /// The place's primary name.
    case primary = 0
    /// An alias from our curated tables ("Kiev", "MK air base", "US").
    case curated = 1
    /// A form the builder generated ("Donetsk oblast", "Ramstein airbase").
    case generated = 2
    /// An alternate name from the source (GeoNames' alternate names, Natural Earth's name fields).
    case alternate = 3

    static func < (a: MatchType, b: MatchType) -> Bool { a.rawValue < b.rawValue }
}

/// One place record of `gazetteer.bin`, undecoded (see Scripts/geodata/binary_format.py for the layout).
struct PlaceRecord {
    static let size = 32
    static let geonamesFlag: UInt32 = 0x8000_0000

    var idField: UInt32
    var nameOffset: UInt32
    var parent: Int32
    var latitudeE5: Int32
    var longitudeE5: Int32
    var population: UInt32
    var prominence: UInt16
    var kind: PlaceKind
    var flags: UInt8
    var countryCode: String?
    var deFactoCountryCode: String?
}

/// `gazetteer.bin`, checked once at load and then read in place: strings, place records, the sorted index
/// of folded names with their postings, country words, region members, capitals, boundary and alpha-3 tables.
struct GazetteerFile: Sendable {
    static let magic = Array("NMGAZ001".utf8)
    static let formatVersion: UInt32 = 1
    static let writtenAsKey: UInt32 = 0xFFFF_FFFF
    static let writtenTitleCase: UInt32 = 0xFFFF_FFFE
    static let lowercaseKeyFlag: UInt32 = 0x8000_0000
    static let kinds: [PlaceKind] = [.city, .country, .admin1, .region, .continent, .airport, .airbase, .facility]

    let file: MappedFile
    private let strings: Range<Int>
    private let places: Int
    private let keys: Int
    private let postings: Int
    private let words: Int
    let placeCount: Int
    let keyCount: Int
    let postingCount: Int
    let wordCount: Int
    /// (region, member) place-index pairs, sorted by region.
    let members: [(region: Int, member: Int)]
    /// Country place index → capital place index.
    let capitals: [Int: Int]
    /// Place index → geometry index in boundaries.bin.
    let boundaryIndex: [Int: Int]
    /// Country place index → ISO 3166-1 alpha-3.
    let alpha3: [Int: String]
    /// The META section's key=value pairs.
    let meta: [String: String]

    var path: String { file.path }
    private var bytes: UnsafeRawBufferPointer { file.bytes }

    init(file: MappedFile) throws {
        self.file = file
        let bytes = file.bytes
        func corrupt(_ reason: String) -> GazetteerError { .corruptFile(path: file.path, reason: reason) }
        guard bytes.count >= 16, Array(bytes[0..<8]) == Self.magic else { throw corrupt("not a NewsMap gazetteer (bad magic)") }
        guard bytes.u32(8) == Self.formatVersion else { throw corrupt("format version \(bytes.u32(8)), expected \(Self.formatVersion)") }
        let sectionCount = Int(bytes.u32(12))
        guard sectionCount <= 64, 16 + 12 * sectionCount <= bytes.count else { throw corrupt("bad section table") }
        var sections: [String: Range<Int>] = [:]
        for i in 0..<sectionCount {
            let base = 16 + 12 * i
            let tag = String(decoding: bytes[base..<base + 4], as: UTF8.self)
            let offset = Int(bytes.u32(base + 4)), length = Int(bytes.u32(base + 8))
            guard offset <= bytes.count, length <= bytes.count - offset else { throw corrupt("section \(tag) runs past the end") }
            sections[tag] = offset..<offset + length
        }
        func section(_ tag: String, recordSize: Int) throws -> Range<Int> {
            guard let range = sections[tag] else { throw corrupt("section \(tag) missing") }
            guard range.count % recordSize == 0, range.lowerBound % 4 == 0 else { throw corrupt("section \(tag) has a partial record") }
            return range
        }
        let strings = try section("STRS", recordSize: 1)
        guard !strings.isEmpty, bytes[strings.lowerBound] == 0, bytes[strings.upperBound - 1] == 0 else {
            throw corrupt("string table not NUL-terminated")
        }
        self.strings = strings
        let placeRange = try section("PLCS", recordSize: PlaceRecord.size)
        let keyRange = try section("KEYS", recordSize: 8)
        let postingRange = try section("POST", recordSize: 8)
        let wordRange = try section("WRDS", recordSize: 16)
        places = placeRange.lowerBound
        keys = keyRange.lowerBound
        postings = postingRange.lowerBound
        words = wordRange.lowerBound
        let placeCount = placeRange.count / PlaceRecord.size
        let keyCount = keyRange.count / 8
        let postingCount = postingRange.count / 8
        let wordCount = wordRange.count / 16
        self.placeCount = placeCount
        self.keyCount = keyCount
        self.postingCount = postingCount
        self.wordCount = wordCount
        let places = self.places, keys = self.keys, postings = self.postings, words = self.words

        // Every offset and index is checked here, so later reads cannot run out of bounds.
        let stringLimit = UInt32(strings.count)
        for i in 0..<placeCount {
            let base = places + i * PlaceRecord.size
            let id = bytes.u32(base)
            guard id & PlaceRecord.geonamesFlag != 0 || id < stringLimit, bytes.u32(base + 4) < stringLimit,
                  bytes.i32(base + 8) >= -1, bytes.i32(base + 8) < Int32(placeCount), Int(bytes[base + 26]) < Self.kinds.count
            else { throw corrupt("place record \(i) is out of range") }
        }
        var previousFirst: UInt32 = 0
        for i in 0..<keyCount {
            let base = keys + i * 8
            let first = bytes.u32(base + 4)
            guard bytes.u32(base) & ~Self.lowercaseKeyFlag < stringLimit, first >= previousFirst, first <= UInt32(postingCount),
                  i > 0 || first == 0
            else { throw corrupt("name index entry \(i) is out of range") }
            previousFirst = first
        }
        for i in 0..<postingCount {
            let base = postings + i * 8
            let written = bytes.u32(base + 4)
            guard Int(bytes.u32(base) & 0x0FFF_FFFF) < placeCount, bytes.u32(base) >> 28 <= 3,
                  written < stringLimit || written >= Self.writtenTitleCase
            else { throw corrupt("name posting \(i) is out of range") }
        }
        for i in 0..<wordCount {
            let base = words + i * 16
            guard bytes.u32(base) < stringLimit, Int(bytes.u32(base + 4)) < placeCount, bytes.u32(base + 8) <= 1,
                  bytes.u32(base + 12) < stringLimit
            else { throw corrupt("country word \(i) is out of range") }
        }
        func pairs(_ tag: String) throws -> [(Int, Int)] {
            let range = try section(tag, recordSize: 8)
            return try stride(from: range.lowerBound, to: range.upperBound, by: 8).map { base in
                let a = Int(bytes.u32(base)), b = Int(bytes.u32(base + 4))
                guard a < placeCount else { throw corrupt("section \(tag) names place \(a) of \(placeCount)") }
                return (a, b)
            }
        }
        let memberPairs = try pairs("MEMB")
        guard memberPairs.allSatisfy({ $0.1 < placeCount }) else { throw corrupt("a region member is out of range") }
        members = memberPairs.map { (region: $0.0, member: $0.1) }
        let capitalPairs = try pairs("CAPS")
        guard capitalPairs.allSatisfy({ $0.1 < placeCount }) else { throw corrupt("a capital is out of range") }
        capitals = Dictionary(capitalPairs, uniquingKeysWith: { a, _ in a })
        boundaryIndex = Dictionary(try pairs("BNDS"), uniquingKeysWith: { a, _ in a })
        let alpha3Range = try section("ISO3", recordSize: 8)
        var alpha3: [Int: String] = [:]
        for base in stride(from: alpha3Range.lowerBound, to: alpha3Range.upperBound, by: 8) {
            let index = Int(bytes.u32(base))
            guard index < placeCount else { throw corrupt("an alpha-3 code names place \(index)") }
            alpha3[index] = String(decoding: bytes[base + 4..<base + 8].prefix { $0 != 0 }, as: UTF8.self)
        }
        self.alpha3 = alpha3
        guard let metaRange = sections["META"] else { throw corrupt("section META missing") }
        var meta: [String: String] = [:]
        for line in String(decoding: bytes[metaRange], as: UTF8.self).split(separator: "\n") {
            if let equals = line.firstIndex(of: "=") {
                meta[String(line[..<equals])] = String(line[line.index(after: equals)...])
            }
        }
        self.meta = meta
    }

    // MARK: strings

    /// The NUL-terminated string at `offset` in the string table (offsets were checked at load).
    func string(at offset: UInt32) -> String {
        let start = strings.lowerBound + Int(offset)
        var end = start
        while bytes[end] != 0 { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    // MARK: places

    func record(_ index: Int) -> PlaceRecord {
        let base = places + index * PlaceRecord.size
        func code(_ at: Int) -> String? {
            bytes[at] == 0 ? nil : String(decoding: bytes[at..<at + 2], as: UTF8.self)
        }
        return PlaceRecord(
            idField: bytes.u32(base), nameOffset: bytes.u32(base + 4), parent: bytes.i32(base + 8),
            latitudeE5: bytes.i32(base + 12), longitudeE5: bytes.i32(base + 16), population: bytes.u32(base + 20),
            prominence: bytes.u16(base + 24), kind: Self.kinds[Int(bytes[base + 26])], flags: bytes[base + 27],
            countryCode: code(base + 28), deFactoCountryCode: code(base + 30))
    }

    func kind(ofPlace index: Int) -> PlaceKind { Self.kinds[Int(bytes[places + index * PlaceRecord.size + 26])] }

    func countryCode(ofPlace index: Int) -> (UInt8, UInt8) {
        let base = places + index * PlaceRecord.size + 28
        return (bytes[base], bytes[base + 1])
    }

    func idField(ofPlace index: Int) -> UInt32 { bytes.u32(places + index * PlaceRecord.size) }

    func id(ofPlace index: Int) -> String {
        let field = idField(ofPlace: index)
        return field & PlaceRecord.geonamesFlag != 0 ? "geonames:\(field & ~PlaceRecord.geonamesFlag)" : string(at: field)
    }

    func coordinateE5(ofPlace index: Int) -> (latitude: Int32, longitude: Int32) {
        let base = places + index * PlaceRecord.size
        return (bytes.i32(base + 12), bytes.i32(base + 16))
    }

    // MARK: name index

    /// Compares the stored key `index` with `query` (folded UTF-8) byte by byte.
    private func compareKey(_ index: Int, _ query: UnsafeBufferPointer<UInt8>) -> Int {
        let field = bytes.u32(keys + index * 8)
        let lower = field & Self.lowercaseKeyFlag != 0
        var position = strings.lowerBound + Int(field & ~Self.lowercaseKeyFlag)
        for q in query {
            var b = bytes[position]
            if b == 0 { return -1 }
            if lower, b >= 65, b <= 90 { b += 32 }
            if b != q { return b < q ? -1 : 1 }
            position += 1
        }
        return bytes[position] == 0 ? 0 : 1
    }

    /// The index of the key equal to `folded`, by binary search (no allocation: the query's UTF-8 is read in place).
    func keyIndex(of folded: String) -> Int? {
        var folded = folded
        return folded.withUTF8 { query in
            var low = 0, high = keyCount
            while low < high {
                let middle = (low + high) / 2
                let order = compareKey(middle, query)
                if order == 0 { return middle }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    /// Byte order of the zero-terminated string at `offset` against `query` (negative: the stored one first).
    private func compareString(at offset: UInt32, _ query: UnsafeBufferPointer<UInt8>) -> Int {
        var position = strings.lowerBound + Int(offset)
        for q in query {
            let b = bytes[position]
            if b == 0 { return -1 }
            if b != q { return b < q ? -1 : 1 }
            position += 1
        }
        return bytes[position] == 0 ? 0 : 1
    }

    /// The key `index` as text.
    func key(_ index: Int) -> String {
        let field = bytes.u32(keys + index * 8)
        let text = string(at: field & ~Self.lowercaseKeyFlag)
        return field & Self.lowercaseKeyFlag != 0 ? asciiLowercased(text) : text
    }

    /// Length in bytes of key `index` (for cheap filtering in fuzzy search).
    func keyBytes(_ index: Int) -> UnsafeRawBufferPointer.SubSequence {
        let field = bytes.u32(keys + index * 8)
        let start = strings.lowerBound + Int(field & ~Self.lowercaseKeyFlag)
        var end = start
        while bytes[end] != 0 { end += 1 }
        return bytes[start..<end]
    }

    func keyIsLowercasedName(_ index: Int) -> Bool { bytes.u32(keys + index * 8) & Self.lowercaseKeyFlag != 0 }

    func postingRange(ofKey index: Int) -> Range<Int> {
        let first = Int(bytes.u32(keys + index * 8 + 4))
        let end = index + 1 < keyCount ? Int(bytes.u32(keys + (index + 1) * 8 + 4)) : postingCount
        return first..<max(first, end)
    }

    /// Posting `index`: the place, how it matched, and the name as written (given the key it belongs to).
    func posting(_ index: Int, key: String) -> (place: Int, match: MatchType, written: String) {
        let base = postings + index * 8
        let field = bytes.u32(base)
        let written = bytes.u32(base + 4)
        let text: String
        switch written {
        case Self.writtenAsKey: text = key
        case Self.writtenTitleCase: text = titleCased(key)
        default: text = string(at: written)
        }
        return (Int(field & 0x0FFF_FFFF), MatchType(rawValue: field >> 28) ?? .alternate, text)
    }

    // MARK: country words

    func countryWord(_ folded: String) -> (place: Int, form: CountryWordForm)? {
        var folded = folded
        return folded.withUTF8 { query in
            var low = 0, high = wordCount
            while low < high {
                let middle = (low + high) / 2
                let base = words + middle * 16
                let order = compareString(at: bytes.u32(base), query)
                if order == 0 { return (Int(bytes.u32(base + 4)), bytes.u32(base + 8) == 0 ? .adjective : .demonym) }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    /// Every country word: (as written, country place index, form).
    func allCountryWords() -> [(written: String, place: Int, form: CountryWordForm)] {
        (0..<wordCount).map { i in
            let base = words + i * 16
            return (string(at: bytes.u32(base + 12)), Int(bytes.u32(base + 4)), bytes.u32(base + 8) == 0 ? .adjective : .demonym)
        }
    }
}

func asciiLowercased(_ text: String) -> String {
    String(decoding: text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
}

/// "kyiv city" → "Kyiv City": the first letter of each space-separated word in upper case (ASCII keys only).
func titleCased(_ key: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(key.utf8.count)
    var atWordStart = true
    for b in key.utf8 {
        out.append(atWordStart && b >= 97 && b <= 122 ? b - 32 : b)
        atWordStart = b == 32
    }
    return String(decoding: out, as: UTF8.self)
}
