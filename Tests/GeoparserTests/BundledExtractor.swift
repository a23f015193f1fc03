import Gazetteer
@testable import Geoparser

/// The extractor over the real bundled gazetteer and lexicons in `GeoData/`, loaded once for all tests.
enum Bundled {
    /// The package root: three folders above this file.
    static let packageRoot: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let extractor: PlaceExtractor? = {
        let geoData = packageRoot + "/GeoData"
        guard let gazetteer = try? Gazetteer.load(from: geoData),
              let firstNames = try? FirstNameLexicon.load(lexiconDirectory: geoData + "/lexicons"),
              let lexicons = try? RecognitionLexicons.load(lexiconDirectory: geoData + "/lexicons")
        else { return nil }
        return PlaceExtractor(directory: gazetteer, firstNames: firstNames, lexicons: lexicons, newsMapVersion: "test")
    }()

    /// Extraction of a text of our own with the bundled data (an empty extraction if GeoData cannot be read,
    /// which the tests' expectations then fail on).
    static func extract(_ text: String) -> Extraction {
        extractor?.extract(document: text) ?? Extraction(mentions: [], generator: Generator(newsMapVersion: "-", geoDataVersion: "-"))
    }
}

extension Extraction {
    /// Mentions whose text is exactly `text`.
    func mentions(_ text: String) -> [Mention] { mentions.filter { $0.text == text } }
    /// The document's entry for a place id.
    func place(_ id: String) -> PlaceInDocument? { places.first { $0.place.id == id } }
}
