import ArgumentParser
import GeoJSON
import Proj

/// `newsmap transform --from CRS --to CRS COORD...`: coordinates between any two CRSs PROJ knows.
struct TransformCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transform",
        abstract: "Transform coordinates between two coordinate reference systems (EPSG codes, PROJ strings, WKT).",
        discussion: """
            Geographic coordinates are written "lat,lon" (degrees); projected ones "x,y" (easting, northing).
            Example: newsmap transform --from EPSG:4326 --to EPSG:3035 "47.49835,19.04045"
            """
    )

    @Option(name: .long, help: "Source CRS, e.g. EPSG:4326.") var from: String
    @Option(name: .long, help: "Target CRS, e.g. EPSG:3035.") var to: String
    @Argument(help: "Coordinates: \"lat,lon\" for a geographic CRS, \"x,y\" for a projected one.") var coordinates: [String]
    @Flag(name: .long, help: "Print one JSON object.") var json = false

    func run() throws {
        guard !coordinates.isEmpty else { throw ValidationError("give at least one coordinate") }
        let transformer: CoordinateTransformer
        do { transformer = try CoordinateTransformer(from: from, to: to) } catch { throw InputError("\(error)") }
        var inputs: [(x: Double, y: Double)] = []
        for text in coordinates {
            guard let c = CoordinateArgument(text) else {
                throw InputError("'\(text.trimmingLeadingSpace)' is not a coordinate: write \"lat,lon\" or \"x,y\"")
            }
            // Geographic input is written lat,lon; the transformer wants lon,lat (normalised for visualisation).
            inputs.append(transformer.sourceIsGeographic ? (c.second, c.first) : (c.first, c.second))
        }
        let outputs: [(x: Double, y: Double)]
        do { outputs = try transformer.transform(inputs) } catch { throw InputError("\(error)") }

        let rows: [JSONValue] = zip(inputs, outputs).map { input, output in
            .object([
                "input": transformer.sourceIsGeographic ? .object(["lat": .number(input.y), "lon": .number(input.x)])
                    : .object(["x": .number(input.x), "y": .number(input.y)]),
                "output": transformer.targetIsGeographic ? .object(["lat": .number(output.y), "lon": .number(output.x)])
                    : .object(["x": .number(output.x), "y": .number(output.y)]),
            ])
        }
        if json {
            OutputPrinter.printJSON(.object(["from": .string(from), "to": .string(to), "points": .array(rows)]))
        } else {
            for output in outputs {
                if transformer.targetIsGeographic {
                    print("\(format(output.y, decimals: 9)),\(format(output.x, decimals: 9))")
                } else {
                    print("\(format(output.x, decimals: 3)),\(format(output.y, decimals: 3))")
                }
            }
        }
    }
}

extension String {
    /// The argument as the user typed it (the CLI prefixes a space to negative coordinates).
    var trimmingLeadingSpace: String { hasPrefix(" ") ? String(dropFirst()) : self }
}
