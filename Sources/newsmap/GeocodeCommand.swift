import ArgumentParser
import Gazetteer
import GeoJSON

/// `newsmap geocode NAME`: ranked gazetteer candidates for a place name.
struct GeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Look a place name up in the bundled gazetteer and print the ranked candidates.",
        discussion: """
            Examples: newsmap geocode Budapest
                      newsmap geocode "MK air base" --json
                      newsmap geocode Donetsk --kind admin1 --country UA
            Matching ignores case, diacritics and punctuation ("Washington, D.C." = "Washington DC").
            Kinds: \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Argument(help: "The place name.") var name: String
    @Option(name: .long, help: "Only places in this country (ISO 3166-1 alpha-2 or alpha-3).") var country: String?
    @Option(name: .long, help: "Only places of this kind.") var kind: String?
    @Option(name: .long, help: "At most this many candidates.") var limit = 5
    @Flag(name: .long, help: "Print a JSON array of candidates, best first.") var json = false

    func validate() throws {
        if let kind, PlaceKind(rawValue: kind) == nil {
            throw ValidationError("unknown kind '\(kind)'; use one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let gazetteer = try GazetteerSetup.gazetteer()
        let trimmed = name.trimmingLeadingSpace
        guard !Gazetteer.foldedKey(trimmed).isEmpty else { throw InputError(GazetteerError.emptyName.description) }
        if let country, gazetteer.country(code: country) == nil {
            throw InputError("unknown country code '\(country)' (use ISO 3166-1 alpha-2 or alpha-3, e.g. UA or UKR)")
        }
        let candidates = gazetteer.candidates(for: trimmed, country: country, kind: kind.flatMap(PlaceKind.init(rawValue:)), limit: limit)
        guard !candidates.isEmpty else {
            throw InputError(GazetteerError.unknownName(trimmed, suggestions: gazetteer.suggestions(for: trimmed)).description)
        }
        if json {
            OutputPrinter.printJSON(.array(candidates.map(Self.json)))
        } else {
            print("score  kind       id                      country  lat, lon              population  name")
            for c in candidates {
                let p = c.place
                let population = p.population.map(String.init) ?? "-"
                let alias = c.isPrimaryName ? "" : "  (matched \"\(c.matchedName)\")"
                let deFacto = p.deFactoCountryCode.map { " [de facto \($0)]" } ?? ""
                print([
                    format(c.score, decimals: 3), pad(p.kind.rawValue, 9), pad(p.id, 22), pad(p.countryCode ?? "-", 7),
                    pad("\(format(p.coordinate.latitude, decimals: 5)), \(format(p.coordinate.longitude, decimals: 5))", 20),
                    pad(population, 10), p.name + deFacto + alias,
                ].joined(separator: "  "))
            }
        }
    }

    static func json(_ candidate: Candidate) -> JSONValue {
        let p = candidate.place
        var object: JSONObject = [
            "id": .string(p.id), "name": .string(p.name), "kind": .string(p.kind.rawValue),
            "country": p.countryCode.map(JSONValue.string) ?? .null,
            "lat": .number(p.coordinate.latitude), "lon": .number(p.coordinate.longitude),
        ]
        if let population = p.population { object["population"] = .number(Double(population)) }
        object["score"] = .number((candidate.score * 1000).rounded() / 1000)
        if let admin1 = p.admin1Code { object["admin1"] = .string(admin1) }
        if let deFacto = p.deFactoCountryCode { object["de_facto_country"] = .string(deFacto) }
        if p.isCapital { object["capital"] = .bool(true) }
        if let prominence = p.prominence { object["prominence"] = .number(Double(prominence)) }
        object["matched_name"] = .string(candidate.matchedName)
        return .object(object)
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}

/// Loads the bundled gazetteer for the commands, turning a missing or corrupt GeoData file into one clear line.
/// One gazetteer per process: every command that needs it (and the extractor) shares this load.
enum GazetteerSetup {
    private static let loaded = Result { try Gazetteer.bundled() }

    static func gazetteer() throws -> Gazetteer {
        do {
            return try loaded.get()
        } catch let error as GazetteerError {
            throw InputError(error.description + " (set \(Gazetteer.geoDataEnvironmentVariable) to the GeoData folder)")
        }
    }
}
