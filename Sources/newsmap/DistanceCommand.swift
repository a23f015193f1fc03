import ArgumentParser
import GeoJSON
import Proj

/// `newsmap distance A B`: the geodesic between two places or coordinates on the WGS84 ellipsoid.
struct DistanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "distance",
        abstract: "Geodesic distance and azimuths between two places (names or \"lat,lon\").",
        discussion: """
            Examples: newsmap distance Budapest Kyiv
                      newsmap distance "47.49835,19.04045" "50.45466,30.5238" --json
            azimuth2_deg is the forward azimuth at B, as GeographicLib's geod_inverse returns it.
            """
    )

    @Argument(help: "From: a place name or \"lat,lon\".") var from: String
    @Argument(help: "To: a place name or \"lat,lon\".") var to: String
    @Flag(name: .long, help: "Print one JSON object.") var json = false

    func run() throws {
        let resolver = PlaceArgumentResolver()
        let a = try resolver.resolve(from)
        let b = try resolver.resolve(to)
        let leg: GeodesicInverse
        do { leg = try Geodesic.wgs84.inverse(from: a.position, to: b.position) } catch { throw InputError("\(error)") }
        if json {
            OutputPrinter.printJSON(.object([
                "meters": .number(leg.meters),
                "kilometers": .number(leg.meters / 1000),
                "azimuth1_deg": .number(leg.azimuth1Degrees),
                "azimuth2_deg": .number(leg.azimuth2Degrees),
                "from": a.json,
                "to": b.json,
            ]))
        } else {
            print("\(a.label) → \(b.label)")
            print("distance   \(format(leg.meters / 1000, decimals: 3)) km (\(format(leg.meters, decimals: 4)) m)")
            print("azimuth1   \(format(leg.azimuth1Degrees, decimals: 6))°  (at \(a.label))")
            print("azimuth2   \(format(leg.azimuth2Degrees, decimals: 6))°  (forward, at \(b.label))")
        }
    }
}
