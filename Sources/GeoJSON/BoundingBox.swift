/// A longitude/latitude bounding box in degrees, as RFC 7946 §5 `bbox` writes it: `[west, south, east, north]`.
///
/// Computed as plain minima and maxima, so a geometry crossing the antimeridian gets a box spanning the globe's
/// width rather than a box with west > east.
public struct BoundingBox: Hashable, Sendable {
    public var west: Double
    public var south: Double
    public var east: Double
    public var north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    /// The smallest box holding every position; `nil` when there are none.
    public init?(positions: some Sequence<Position>) {
        var iterator = positions.makeIterator()
        guard let first = iterator.next() else { return nil }
        self.init(west: first.longitude, south: first.latitude, east: first.longitude, north: first.latitude)
        while let position = iterator.next() {
            west = min(west, position.longitude)
            east = max(east, position.longitude)
            south = min(south, position.latitude)
            north = max(north, position.latitude)
        }
    }

    /// The smallest box holding both boxes.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(west: min(west, other.west), south: min(south, other.south),
                    east: max(east, other.east), north: max(north, other.north))
    }

    /// `[west, south, east, north]`.
    public var jsonValue: JSONValue {
        .array([.number(west), .number(south), .number(east), .number(north)])
    }
}

extension Geometry {
    /// The bounding box of all positions; `nil` for an empty geometry.
    public var boundingBox: BoundingBox? { BoundingBox(positions: allPositions) }
}
