/// Why an occupation overlay could not be built: bad dated lines, a bad `--control` file, or geometry that leaves
/// nothing to measure. Every case reads as one line for the command line.
public enum OverlayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A lines-of-contact file or folder could not be read.
    case unreadable(path: String, reason: String)
    /// A lines-of-contact file is not in the documented format (GeoData/contact-lines/README.md).
    case malformedContactLine(path: String, reason: String)
    /// The folder holds no `YYYY-MM-DD.json` line.
    case noContactLines(directory: String)
    /// A date argument that is not a calendar date written `YYYY-MM-DD`.
    case invalidDate(String)
    /// `--as-of` lies before the earliest bundled line.
    case noLineOnOrBefore(date: String, earliest: String)
    /// The first or last waypoint lies inside the outline, so the line cannot cut the country in two.
    case lineEndInsideOutline(date: String, end: String)
    /// The line crosses itself, or curls so far that its held side cannot be closed off.
    case lineCrossesItself(date: String)
    /// The construction left no held ground inside the outline (wrong `held_side`, or a line outside the country).
    case noHeldGround(source: String)
    /// A control file that is not JSON or not RFC 7946 GeoJSON.
    case malformedControl(source: String, reason: String)
    /// A control file without any polygon with positions.
    case emptyControl(source: String)
    /// A control file whose polygons do not overlap Ukraine's outline.
    case controlOutsideUkraine(source: String)
    /// The boundaries handed in are unusable (an empty outline, an oblast without area).
    case invalidBoundaries(String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .malformedContactLine(let path, let reason): "\(path): not a line of contact: \(reason)"
        case .noContactLines(let directory): "no dated line of contact (YYYY-MM-DD.json) in \(directory)"
        case .invalidDate(let text): "'\(text)' is not a date written YYYY-MM-DD"
        case .noLineOnOrBefore(let date, let earliest):
            "no line of contact on or before \(date); the earliest bundled line is dated \(earliest)"
        case .lineEndInsideOutline(let date, let end):
            "line of contact \(date): its \(end) waypoint lies inside Ukraine's outline; both ends must lie outside"
        case .lineCrossesItself(let date):
            "line of contact \(date) crosses itself (or curls back), so its held side is undefined"
        case .noHeldGround(let source): "\(source): no held ground inside Ukraine's outline (check held_side)"
        case .malformedControl(let source, let reason): "control file \(source): \(reason)"
        case .emptyControl(let source): "control file \(source) holds no polygon (Polygon or MultiPolygon with positions)"
        case .controlOutsideUkraine(let source): "control file \(source): its polygons do not overlap Ukraine's outline"
        case .invalidBoundaries(let reason): "unusable boundaries: \(reason)"
        }
    }
}
