import ArgumentParser
import Atlas
import GeoJSON

/// `newsmap ring PLACE --km R [--output FILE]`: a geodesic range ring, split at the antimeridian where it crosses it.
struct RingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ring",
        abstract: "A geodesic range ring around a place (name or \"lat,lon\") as GeoJSON, antimeridian-safe.",
        discussion: """
            The same ring the map's rings layer draws: 360 points placed by the direct geodesic problem, split into a \
            MultiPolygon where it crosses 180°.
            Examples: newsmap ring Anchorage --km 3000 --output anchorage-3000.geojson
                      newsmap ring "61.21806,-149.90028" --km 3000
            """
    )

    @Argument(help: "Centre: a place name or \"lat,lon\".") var place: String
    @Option(name: .long, help: "Radius in kilometres.") var km: Double
    @Option(name: .long, help: "Write the FeatureCollection to FILE (atomically) instead of standard output.") var output: String?

    func validate() throws {
        guard km.isFinite, km > 0, km < 20_000 else { throw ValidationError("--km must be a number of kilometres in (0, 20000)") }
    }

    func run() throws {
        let resolver = PlaceArgumentResolver()
        let centre = try resolver.resolve(place)
        let feature: Feature
        do {
            feature = try RangeRing.feature(around: centre.position, name: centre.label, id: centre.id, radiusKilometers: km)
        } catch {
            throw InputError("\(error)")
        }
        let geoDataVersion = centre.id == nil ? "none" : ((try? GazetteerSetup.gazetteer().dataVersion) ?? "none")
        let generator = GeneratorMember.value(.init(newsMapVersion: ExtractorSetup.newsMapVersion, geoDataVersion: geoDataVersion))
        let text = GeoJSONWriter(precision: 6).string(FeatureCollection(features: [feature], foreignMembers: ["generator": generator]))
        if let output {
            do { try AtomicFileWriter.write(text, to: output) } catch {
                throw InputError("cannot write '\(output)': \(error.operation) failed: \(error.reason)")
            }
            print("wrote \(output) (\(feature.geometry?.typeName ?? "no geometry"))")
        } else {
            print(text, terminator: "")
        }
    }
}
