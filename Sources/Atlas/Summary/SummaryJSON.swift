import Gazetteer
import GeoJSON

/// `summary.json`: the story's figures for machines, deterministic (fixed decimals, stable order).
///
/// Distances are kilometres (3 decimals), azimuths compass bearings in [0, 360) degrees (2 decimals); venue azimuths are
/// measured at the capital towards the venue, deployment azimuths at the site towards the reference place.
public enum SummaryJSON {
    public static func value(_ summary: StorySummary) -> JSONValue {
        var object: JSONObject = [:]
        object["generator"] = GeneratorMember.value(summary.generator)
        object["places"] = .number(Double(summary.placeCount))
        object["capitals"] = .array(summary.capitals.map { reference in
            var entry = placeValue(reference.capital)
            entry["for_country"] = .string(reference.country.countryCode)
            entry["country_mentions"] = .number(Double(reference.country.mentions))
            return .object(entry)
        })
        object["venues"] = .array(summary.venues.map { venue in
            var entry = placeValue(venue.place)
            entry["from_capitals"] = .array(venue.fromCapitals.map(figureValue))
            return .object(entry)
        })
        object["deployments"] = .array(summary.deployments.map { deployment in
            var entry = placeValue(deployment.place)
            if let nearest = deployment.toOccupied {
                entry["to_occupied"] = [
                    "distance_km": .number(FigureFormat.round(nearest.meters / 1000, decimals: 3)),
                    "azimuth_deg": .number(FigureFormat.round(nearest.azimuthDegrees, decimals: 2)),
                    "nearest_lat": .number(FigureFormat.round(nearest.point.latitude, decimals: 6)),
                    "nearest_lon": .number(FigureFormat.round(nearest.point.longitude, decimals: 6)),
                ]
            }
            entry["to_references"] = .array(deployment.toReferences.map(figureValue))
            return .object(entry)
        })
        object["meetings"] = .array(summary.meetings.map { .object(placeValue($0)) })
        if let occupied = summary.occupied {
            object["occupied"] = [
                "places": .array(occupied.map { .object(placeValue($0)) }),
                "method": summary.occupiedMethod.map(JSONValue.string) ?? .null,
            ]
        }
        object["ring_km"] = summary.ringKilometers.map(JSONValue.number) ?? .null
        var layers = JSONObject()
        for (layer, count) in summary.layerCounts { layers[layer.rawValue] = .number(Double(count)) }
        object["layers"] = .object(layers)
        return .object(object)
    }

    /// The summary as text: pretty JSON and a final newline.
    public static func text(_ summary: StorySummary) -> String {
        value(summary).serialized(pretty: true) + "\n"
    }

    private static func placeValue(_ place: Place) -> JSONObject {
        [
            "name": .string(place.name), "id": .string(place.id), "kind": .string(place.kind.rawValue),
            "country": place.countryCode.map(JSONValue.string) ?? .null,
            "lat": .number(FigureFormat.round(place.coordinate.latitude, decimals: 6)),
            "lon": .number(FigureFormat.round(place.coordinate.longitude, decimals: 6)),
        ]
    }

    private static func figureValue(_ figure: GeodesicFigure) -> JSONValue {
        [
            "name": .string(figure.reference.name), "id": .string(figure.reference.id),
            "distance_km": .number(FigureFormat.round(figure.kilometers, decimals: 3)),
            "azimuth_deg": .number(FigureFormat.round(figure.azimuthDegrees, decimals: 2)),
            "azimuth_at": .string(figure.direction == .fromReference ? figure.reference.name : "site"),
        ]
    }
}
