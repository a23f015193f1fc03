@testable import GEOS
import GeoJSON

/// Hand-computable shapes shared by the tests.
enum Shapes {
    /// The unit square [0, 1] × [0, 1]: area 1.
    static let unitSquareWKT = "POLYGON((0 0, 1 0, 1 1, 0 1, 0 0))"
    /// The unit square shifted by (0.5, 0.5): overlaps the unit square in a 0.5 × 0.5 square.
    static let shiftedSquareWKT = "POLYGON((0.5 0.5, 1.5 0.5, 1.5 1.5, 0.5 1.5, 0.5 0.5))"
    /// A bow-tie: two triangles meeting at (0.5, 0.5), each of area 0.25.
    static let bowTieWKT = "POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))"

    static func square(x: Double, y: Double, side: Double) -> [Position] {
        [
            Position(longitude: x, latitude: y), Position(longitude: x + side, latitude: y),
            Position(longitude: x + side, latitude: y + side), Position(longitude: x, latitude: y + side),
            Position(longitude: x, latitude: y),
        ]
    }
}
