#if canImport(Glibc)
import Glibc
#endif
import Gazetteer
import GeoJSON
@testable import Geoparser

enum TemporaryFile {
    /// Writes text to a fresh file under /tmp and returns its path.
    static func write(_ text: String) throws -> String {
        var template = Array("/tmp/newsmap-test-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw GeoparserError.cannotOpen(path: "/tmp", reason: "mkstemp failed") }
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, bytes.count) }
        close(fd)
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

enum Fixtures {
    /// A few first names, enough for the rules under test.
    static let firstNames = FirstNameLexicon(frequencies: ["Sergei": 0.05, "Donald": 0.9, "Jordan": 0.06, "Georgia": 0.09, "Virginia": 0.4, "John": 3.3])

    static func text(_ string: String) -> AnalysedText { AnalysedText(ArticleText(plain: string)) }

    /// Token index range of the first occurrence of `phrase` (whole tokens).
    static func span(_ phrase: String, in text: AnalysedText) -> ClosedRange<Int> {
        let words = Tokenizer.tokens(of: Array(phrase.unicodeScalars)).map(\.text)
        for start in text.tokens.indices where start + words.count <= text.tokens.count {
            if text.tokens[start..<(start + words.count)].map(\.text) == words { return start...(start + words.count - 1) }
        }
        return 0...0
    }

    static func place(_ id: String, _ name: String, _ kind: PlaceKind, _ country: String, lat: Double, lon: Double,
                      population: Int? = nil, capital: Bool = false, prominence: Int? = nil) -> Place {
        Place(id: id, name: name, kind: kind, countryCode: country, coordinate: Position(longitude: lon, latitude: lat),
              population: population, prominence: prominence, isCapital: capital)
    }

    /// A tiny world of our own making.
    static let directory = InMemoryPlaceDirectory(entries: [
        .init(place: place("c:HU", "Hungary", .country, "HU", lat: 47.0, lon: 19.5), names: ["Hungary"], score: 0.95),
        .init(place: place("c:UA", "Ukraine", .country, "UA", lat: 49.0, lon: 32.0), names: ["Ukraine"], score: 0.95),
        .init(place: place("c:RU", "Russia", .country, "RU", lat: 60.0, lon: 90.0), names: ["Russia"], score: 0.95),
        .init(place: place("c:JO", "Jordan", .country, "JO", lat: 31.0, lon: 36.0), names: ["Jordan"], score: 0.9),
        .init(place: place("c:US", "United States", .country, "US", lat: 39.8, lon: -98.6), names: ["United States", "US", "U.S."], score: 0.95),
        .init(place: place("g:budapest", "Budapest", .city, "HU", lat: 47.4979, lon: 19.0402, population: 1_700_000, capital: true), names: ["Budapest"], score: 0.9),
        .init(place: place("g:washington", "Washington", .city, "US", lat: 38.895, lon: -77.036, population: 690_000, capital: true), names: ["Washington", "Washington DC", "Washington D.C."], score: 0.8),
        .init(place: place("g:lavrov", "Lavrov", .city, "RU", lat: 55.0, lon: 37.0, population: 900), names: ["Lavrov"], score: 0.2),
        .init(place: place("g:trump", "Trump", .city, "US", lat: 40.0, lon: -100.0, population: 200), names: ["Trump"], score: 0.2),
        .init(place: place("a:LRCK", "Mihail Kogălniceanu Air Base", .airbase, "RO", lat: 44.362, lon: 28.488, prominence: 1), names: ["Mihail Kogalniceanu Air Base", "MK Air Base"], score: 0.9),
    ], countryWords: ["Ukrainian": ("UA", .adjective), "Hungarian": ("HU", .adjective), "Ukrainians": ("UA", .demonym)])
}
