import GeoJSON

/// One dated, approximate line of contact (GeoData/contact-lines/README.md describes the file format).
///
/// ```swift
/// let line = try ContactLine(json: bytes, path: "2025-07-01.json")
/// line.date          // 2025-07-01
/// line.heldSide      // .right: walking from the first waypoint to the last, the held ground is on the right
/// ```
public struct ContactLine: Sendable, Hashable {
    /// Which side of the line, walking from its first waypoint to its last, is held.
    public enum HeldSide: String, Sendable, Hashable {
        case left, right
    }

    /// A named point of the line.
    public struct Waypoint: Sendable, Hashable {
        public var name: String
        /// WGS 84 degrees.
        public var position: Position
    }

    /// Ground held apart from the line (the Kinburn Spit).
    public struct ExtraHeldArea: Sendable, Hashable {
        public var name: String
        /// A closed ring, longitude first.
        public var ring: [Position]
    }

    public var date: CalendarDate
    public var title: String
    /// The approximation warning the file carries.
    public var note: String
    public var heldSide: HeldSide
    public var waypoints: [Waypoint]
    public var extraHeldAreas: [ExtraHeldArea]

    public init(date: CalendarDate, title: String, note: String, heldSide: HeldSide, waypoints: [Waypoint],
                extraHeldAreas: [ExtraHeldArea] = []) {
        self.date = date
        self.title = title
        self.note = note
        self.heldSide = heldSide
        self.waypoints = waypoints
        self.extraHeldAreas = extraHeldAreas
    }

    /// Reads a line from its JSON file contents; `path` only names the file in errors.
    /// - Throws: `OverlayError.malformedContactLine` naming the member that is wrong.
    public init(json bytes: [UInt8], path: String) throws(OverlayError) {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch { throw .malformedContactLine(path: path, reason: error.description) }
        guard case .object(let object) = root else { throw .malformedContactLine(path: path, reason: "not a JSON object") }
        let fail = { (reason: String) in OverlayError.malformedContactLine(path: path, reason: reason) }

        guard case .string(let dateText)? = object["date"] else { throw fail("missing string member 'date'") }
        do { date = try CalendarDate(dateText) } catch { throw fail("'date' is not YYYY-MM-DD: \(dateText)") }
        if case .string(let text)? = object["title"] { title = text } else { title = "Line of contact \(dateText)" }
        if case .string(let text)? = object["note"] { note = text } else { note = ContactLine.defaultNote }
        guard case .string(let side)? = object["held_side"], let heldSide = HeldSide(rawValue: side) else {
            throw fail("'held_side' must be \"left\" or \"right\"")
        }
        self.heldSide = heldSide

        guard case .array(let points)? = object["line"] else { throw fail("missing array member 'line'") }
        var waypoints: [Waypoint] = []
        for (index, point) in points.enumerated() {
            guard case .object(let waypoint) = point, let position = ContactLine.position(waypoint) else {
                throw fail("line[\(index)] needs numeric 'lat' (-90...90) and 'lon' (-180...180)")
            }
            let name: String
            if case .string(let text)? = waypoint["name"] { name = text } else { name = "waypoint \(index)" }
            waypoints.append(Waypoint(name: name, position: position))
        }
        guard waypoints.count >= 2 else { throw fail("'line' needs at least two waypoints, found \(waypoints.count)") }
        self.waypoints = waypoints

        var extras: [ExtraHeldArea] = []
        if case .array(let areas)? = object["extra_held_areas"] {
            for (index, area) in areas.enumerated() {
                guard case .object(let fields) = area, case .array(let pairs)? = fields["polygon"] else {
                    throw fail("extra_held_areas[\(index)] needs a 'polygon' array of [lat, lon] pairs")
                }
                var ring: [Position] = []
                for pair in pairs {
                    guard case .array(let numbers) = pair, numbers.count == 2,
                          case .number(let lat) = numbers[0], case .number(let lon) = numbers[1],
                          abs(lat) <= 90, abs(lon) <= 180 else {
                        throw fail("extra_held_areas[\(index)].polygon holds something other than [lat, lon] pairs")
                    }
                    ring.append(Position(longitude: lon, latitude: lat))
                }
                guard ring.count >= 4, ring.first == ring.last else {
                    throw fail("extra_held_areas[\(index)].polygon must be a closed ring of at least 4 pairs")
                }
                let name: String
                if case .string(let text)? = fields["name"] { name = text } else { name = "extra held area \(index)" }
                extras.append(ExtraHeldArea(name: name, ring: ring))
            }
        }
        extraHeldAreas = extras
    }

    /// The warning shown wherever a bundled line's figures appear.
    public static let defaultNote =
        "approximation for maps at news scale; supply an authoritative control file for anything finer"

    private static func position(_ waypoint: JSONObject) -> Position? {
        guard case .number(let lat)? = waypoint["lat"], case .number(let lon)? = waypoint["lon"],
              lat.isFinite, lon.isFinite, abs(lat) <= 90, abs(lon) <= 180 else { return nil }
        return Position(longitude: lon, latitude: lat)
    }
}
