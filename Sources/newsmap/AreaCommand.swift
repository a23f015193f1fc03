import ArgumentParser
import Foundation
import Gazetteer
import GeoJSON
import Proj

/// `newsmap area (NAME | --geojson FILE)`: geodesic area and perimeter of polygons.
struct AreaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "area",
        abstract: "Geodesic area and perimeter of every polygon in a GeoJSON file, or of a named country or region.",
        discussion: """
            Examples: newsmap area --geojson occupied.geojson --json
                      newsmap area "Donetsk oblast"
            Areas are computed on the WGS84 ellipsoid with geodesic edges (GeographicLib via PROJ).
            """
    )

    @Argument(help: "A country, admin-1 unit or region name.") var name: String?
    @Option(name: .long, help: "A GeoJSON file, or - for standard input.") var geojson: String?
    @Flag(name: .long, help: "Print one JSON object.") var json = false

    func validate() throws {
        if (name == nil) == (geojson == nil) { throw ValidationError("give either a NAME or --geojson FILE") }
    }

    func run() throws {
        let features: [Feature]
        if let geojson {
            let bytes = try InputFile.read(geojson)
            do {
                let result = try GeoJSONReader().read(bytes: bytes)
                for warning in result.warnings { CommandLineArguments.printError("warning: \(warning.message) at \(warning.path)") }
                features = result.document.features
            } catch {
                throw InputError("\(InputFile.displayName(geojson)): \(error)")
            }
        } else {
            features = try NamedBoundary.features(named: name ?? "")
        }

        var rows: [JSONValue] = []
        var totalArea = 0.0, totalPerimeter = 0.0
        var table: [(String, Double, Double)] = []
        for (index, feature) in features.enumerated() {
            guard let geometry = feature.geometry else { continue }
            let measure: PolygonMeasure
            do { measure = try Geodesic.wgs84.area(of: geometry) } catch { throw InputError("feature \(index): \(error)") }
            totalArea += measure.squareMeters
            totalPerimeter += measure.perimeterMeters
            var row: JSONObject = ["index": .number(Double(index))]
            if case .string(let label)? = feature.properties["name"] { row["name"] = .string(label) }
            row["type"] = .string(geometry.typeName)
            row["square_meters"] = .number(measure.squareMeters)
            row["perimeter_meters"] = .number(measure.perimeterMeters)
            rows.append(.object(row))
            let label: String
            if case .string(let n)? = feature.properties["name"] { label = n } else { label = "feature \(index)" }
            table.append((label, measure.squareMeters, measure.perimeterMeters))
        }
        if json {
            OutputPrinter.printJSON(.object([
                "square_meters": .number(totalArea),
                "perimeter_meters": .number(totalPerimeter),
                "features": .array(rows),
            ]))
        } else {
            for (label, area, perimeter) in table {
                print("\(label)  \(format(area / 1e6, decimals: 3)) km²  perimeter \(format(perimeter / 1000, decimals: 3)) km")
            }
            print("total  \(format(totalArea / 1e6, decimals: 3)) km²  perimeter \(format(totalPerimeter / 1000, decimals: 3)) km")
        }
    }
}

/// The boundary of a named country, admin-1 unit or region, as features (from the bundled gazetteer).
enum NamedBoundary {
    static func features(named name: String) throws -> [Feature] {
        let gazetteer = try GazetteerSetup.gazetteer()
        let trimmed = name.trimmingLeadingSpace
        let candidates = gazetteer.candidates(for: trimmed, limit: 20)
        for candidate in candidates {
            if let boundary = gazetteer.boundary(of: candidate.place) {
                let place = candidate.place
                return [Feature(geometry: boundary, properties: ["name": .string(place.name), "id": .string(place.id),
                                                                  "kind": .string(place.kind.rawValue)])]
            }
        }
        if let best = candidates.first {
            throw InputError("'\(trimmed)' is \(best.place.name) (\(best.place.kind.rawValue)), which has no boundary; "
                + "area needs a country, admin-1 unit or region")
        }
        do {
            _ = try gazetteer.place(named: trimmed)
        } catch let error as GazetteerError {
            throw InputError(error.description)
        }
        throw InputError("unknown place '\(trimmed)'")
    }
}
