import GeoJSON

/// A coordinate as people write it: `"lat,lon"` in degrees (`"47.49835,19.04045"`, `"-33.87, 151.21"`).
///
/// For projected CRSs the same text is read as `"x,y"`; see `xy`.
struct CoordinateArgument: Equatable {
    let first: Double
    let second: Double

    /// Parses `"a,b"`; surrounding spaces are allowed (the CLI prefixes negative values with a space).
    /// Returns nil when the text is not two finite numbers separated by one comma.
    init?(_ text: String) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let a = Double(parts[0].trimmingCharacters(in: " \t")),
              let b = Double(parts[1].trimmingCharacters(in: " \t")),
              a.isFinite, b.isFinite
        else { return nil }
        first = a
        second = b
    }

    /// The coordinate as a geographic position, checked for range.
    func position() throws -> Position {
        guard (-90...90).contains(first) else {
            throw InputError("latitude \(first) is outside -90...90 (coordinates are written \"lat,lon\")")
        }
        guard (-180...180).contains(second) else {
            throw InputError("longitude \(second) is outside -180...180 (coordinates are written \"lat,lon\")")
        }
        return Position(lat: first, lon: second)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return s
    }
}
