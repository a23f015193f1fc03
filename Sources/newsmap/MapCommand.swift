import ArgumentParser
import Atlas
import Foundation
import GeoJSON
import Geoparser

extension LayerFormat: ExpressibleByArgument {}

/// `newsmap map [ARTICLE|-] [--output DIR] [--ring-km KM] [--format geojson|geojsonseq]`: the main job.
struct MapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Turn a news article into GeoJSON layers (venues, deployments, meetings, places, occupied, routes, rings) and a summary.",
        discussion: """
            With no ARTICLE, maps the bundled GeoData/example-article.txt into Output/. Every file of a run is \
            written as one batch (temporary files, then renames), so an existing output folder is never left \
            half-written; layer files this run does not produce are removed, so the folder holds one story.
            Example: newsmap map story.txt --output out --ring-km 1000
            """
    )

    @Argument(help: "Article file (plain text or HTML), or - for standard input. Default: the bundled example.")
    var article: String?

    @Option(name: .long, help: "Output folder (created if missing). Default: Output.")
    var output: String = "Output"

    @Option(name: .customLong("ring-km"), help: "Radius of a geodesic range ring around each deployment site, km.")
    var ringKilometers: Double?

    @Option(name: .long, help: "geojson (RFC 7946 FeatureCollections) or geojsonseq (RFC 8142 .geojsons).")
    var format: LayerFormat = .geojson

    func validate() throws {
        if let ringKilometers, !(ringKilometers.isFinite && ringKilometers > 0 && ringKilometers < 20_000) {
            throw ValidationError("--ring-km must be a number of kilometres in (0, 20000)")
        }
    }

    func run() throws {
        let extractor = try ExtractorSetup.extractor()
        let path = try article ?? MapDefaults.exampleArticle()
        let story = Story.read(bytes: try InputFile.read(path), with: extractor)
        let gazetteer = try GazetteerSetup.gazetteer()
        for warning in story.extraction.warnings { CommandLineArguments.printError("warning: \(warning)") }

        let map: StoryMap
        do {
            map = try StoryMap.build(from: story, lookup: gazetteer,
                                     options: StoryMapOptions(ringKilometers: ringKilometers,
                                                              occupiedSource: HeldAreaTerritory(gazetteer: gazetteer)))
        } catch {
            throw InputError("\(InputFile.displayName(path)): \(error)")
        }
        for warning in map.warnings { CommandLineArguments.printError("warning: \(warning)") }

        try OutputFolder.prepare(output)
        let written: [String]
        do {
            written = try StoryMapFiles.write(map, to: output, format: format)
        } catch {
            throw InputError("cannot write to output folder '\(output)': \(error.operation) failed: \(error.reason)")
        }
        print(SummaryTable.render(map.summary))
        print("")
        let counts = Dictionary(uniqueKeysWithValues: map.summary.layerCounts.map { ($0.layer.rawValue, $0.features) })
        for path in written {
            let file = path.split(separator: "/").last.map(String.init) ?? path
            let layer = file.split(separator: ".").first.map(String.init) ?? file
            if let count = counts[layer] {
                print("wrote \(path) (\(count) feature\(count == 1 ? "" : "s"))")
            } else {
                print("wrote \(path)")
            }
        }
    }
}

/// Defaults of `newsmap map`.
enum MapDefaults {
    /// `GeoData/example-article.txt`, found where the lexicons are found.
    static func exampleArticle() throws -> String {
        guard let lexicons = LexiconLocation.lexiconDirectory() else {
            throw InputError("cannot find GeoData/ for the example article (set NEWSMAP_GEODATA to the GeoData folder)")
        }
        let geoData = lexicons.hasSuffix("/lexicons") ? String(lexicons.dropLast("/lexicons".count)) : lexicons + "/.."
        return geoData + "/example-article.txt"
    }
}

/// The folder a command writes into.
enum OutputFolder {
    /// Creates `path` (and its parents) if missing; fails with one clear line if it cannot be used.
    static func prepare(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw InputError("cannot write to output folder '\(path)': it is a file") }
            guard access(path, W_OK | X_OK) == 0 else {
                throw InputError("cannot write to output folder '\(path)': \(String(cString: strerror(errno)))")
            }
            return
        }
        // mkdir -p, one component at a time, so the failure names the operating system's reason.
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw InputError("cannot create output folder '\(path)': \(String(cString: strerror(errno)))")
            }
            prefix += "/"
        }
    }
}
