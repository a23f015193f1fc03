import Gazetteer
import GeoJSON

/// A place given on the command line, resolved to a position.
struct PlaceArgument {
    let position: Position
    /// The gazetteer id when the argument was a name ("geonames:3054643").
    let id: String?
    let name: String?

    var label: String { name ?? "\(position.latitude),\(position.longitude)" }

    var json: JSONValue {
        var object: JSONObject = ["lat": .number(position.latitude), "lon": .number(position.longitude)]
        if let id { object["id"] = .string(id) }
        if let name { object["name"] = .string(name) }
        return .object(object)
    }
}

/// Turns `"lat,lon"` or a place name (looked up in the bundled gazetteer) into a `PlaceArgument`.
struct PlaceArgumentResolver {
    func resolve(_ text: String) throws -> PlaceArgument {
        if let coordinate = CoordinateArgument(text) {
            return PlaceArgument(position: try coordinate.position(), id: nil, name: nil)
        }
        let gazetteer = try GazetteerSetup.gazetteer()
        do {
            let place = try gazetteer.place(named: text.trimmingLeadingSpace)
            return PlaceArgument(position: place.coordinate, id: place.id, name: place.name)
        } catch let error as GazetteerError {
            throw InputError(error.description)
        }
    }
}
