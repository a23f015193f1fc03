import Foundation
import GeoJSON

/// The side of an open line that a ring closes off: the line, then a wide arc around it back to its start.
///
/// Walking the line and then the arc clockwise gives a clockwise ring, whose inside lies on the right of every
/// edge, so the inside is the line's right-hand side; an anticlockwise arc gives the left-hand side. The arc's
/// radius is several times the line's extent, so the region covers everything near the line on that side.
/// Planar, in degrees: the region only sorts faces, it is never measured or written.
enum HeldSideRegion {
    /// The closing ring for `line` (longitude, latitude), with its held `side` inside.
    static func ring(for line: [Position], side: ContactLine.HeldSide) -> [Position] {
        let longitudes = line.map(\.longitude), latitudes = line.map(\.latitude)
        let west = longitudes.min() ?? 0, east = longitudes.max() ?? 0
        let south = latitudes.min() ?? 0, north = latitudes.max() ?? 0
        let centre = (x: (west + east) / 2, y: (south + north) / 2)
        let radius = 3 * max(east - west, north - south) + 10
        let first = line[0], last = line[line.count - 1]
        let startAngle = atan2(last.latitude - centre.y, last.longitude - centre.x)
        let endAngle = atan2(first.latitude - centre.y, first.longitude - centre.x)
        // Clockwise (decreasing angle) for the right-hand side, anticlockwise for the left.
        var sweep = side == .right ? startAngle - endAngle : endAngle - startAngle
        while sweep <= 0 { sweep += 2 * Double.pi }
        let direction = side == .right ? -1.0 : 1.0
        let steps = max(2, Int((sweep / (Double.pi / 36)).rounded(.up)))
        var ring = line
        for step in 0...steps {
            let angle = startAngle + direction * sweep * Double(step) / Double(steps)
            ring.append(Position(longitude: centre.x + radius * cos(angle), latitude: centre.y + radius * sin(angle)))
        }
        ring.append(first)
        return ring
    }

    /// `line` with both ends pushed `degrees` further along their end segments, so that it surely crosses the
    /// outline near a coast or a border.
    static func extended(_ line: [Position], by degrees: Double) -> [Position] {
        guard line.count >= 2 else { return line }
        func pushed(_ end: Position, awayFrom inner: Position) -> Position {
            let dx = end.longitude - inner.longitude, dy = end.latitude - inner.latitude
            let length = (dx * dx + dy * dy).squareRoot()
            guard length > 0 else { return end }
            return Position(longitude: end.longitude + dx / length * degrees, latitude: end.latitude + dy / length * degrees)
        }
        return [pushed(line[0], awayFrom: line[1])] + line + [pushed(line[line.count - 1], awayFrom: line[line.count - 2])]
    }
}
