import Atlas
import Gazetteer
import GeoJSON
import Geoparser

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

/// Turns `"lat,lon"` or a place name into a `PlaceArgument`. Names go through the same look-up as the map layers
/// (`PlaceLookup.bestPlace(named:)` on the bundled gazetteer).
struct PlaceArgumentResolver {
    /// Built only when a name needs it, so coordinates work without GeoData.
    var lookup: () throws -> any PlaceLookup = { try GazetteerSetup.gazetteer() }

    func resolve(_ text: String) throws -> PlaceArgument {
        if let coordinate = CoordinateArgument(text) {
            return PlaceArgument(position: try coordinate.position(), id: nil, name: nil)
        }
        let name = text.trimmingLeadingSpace
        do {
            let place = try lookup().bestPlace(named: name)
            return PlaceArgument(position: place.coordinate, id: place.id, name: place.name)
        } catch let error as GazetteerError {
            throw InputError(error.description)
        }
    }
}
