/// Winding of polygon rings in the longitude/latitude plane (RFC 7946 §3.1.6).
public enum RingOrientation {
    /// Twice the planar signed area of a ring in square degrees (shoelace formula, longitude as x, latitude as y):
    /// positive when the ring runs counter-clockwise. The ring may or may not repeat its first position.
    public static func signedDoubleArea(_ ring: [Position]) -> Double {
        guard ring.count >= 3 else { return 0 }
        var sum = 0.0
        var previous = ring[ring.count - 1]
        for current in ring {
            sum += previous.longitude * current.latitude - current.longitude * previous.latitude
            previous = current
        }
        return sum
    }

    /// Whether the ring runs counter-clockwise (a degenerate ring of zero area counts as neither).
    public static func isCounterClockwise(_ ring: [Position]) -> Bool { signedDoubleArea(ring) > 0 }

    /// Whether the ring runs clockwise.
    public static func isClockwise(_ ring: [Position]) -> Bool { signedDoubleArea(ring) < 0 }

    /// The polygon with its exterior ring counter-clockwise and its holes clockwise (rings of zero area unchanged).
    public static func rewound(_ polygon: PolygonCoordinates) -> PolygonCoordinates {
        polygon.enumerated().map { index, ring in
            let area = signedDoubleArea(ring)
            let wrong = index == 0 ? area < 0 : area > 0
            return wrong ? ring.reversed() : ring
        }
    }
}
