import Gazetteer
import GeoJSON
import Geoparser
import Proj

/// The occupied territory as the claimed admin-1 polygons of the units (and named regions) the story calls
/// occupied: what the occupied layer shows for stories outside the lines of contact (see `HeldAreaTerritory`). Countries are left out
/// ("Russia occupies 20 per cent of Ukraine" does not make all of Ukraine occupied).
public struct ClaimedUnitsTerritory: OccupiedTerritorySource {
    public init() {}

    public func territory(for story: Story, occupiedPlaces: [PlaceInDocument], lookup: any PlaceLookup) throws(AtlasError) -> OccupiedTerritory {
        var features: [Feature] = []
        var polygons: [PolygonCoordinates] = []
        for entry in occupiedPlaces where entry.place.kind == .admin1 || entry.place.kind == .region {
            guard let boundary = lookup.boundary(of: entry.place) else { continue }
            var properties = PlaceProperties.of(entry, in: story)
            properties["basis"] = "claimed unit named as occupied (whole unit, not the held area)"
            do {
                properties["area_km2"] = .number(FigureFormat.round(try Geodesic.wgs84.area(of: boundary).squareMeters / 1e6, decimals: 1))
            } catch {
                throw .geodesic(error.description)
            }
            SimpleStyle.area(stroke: RolePalette.occupied, fill: RolePalette.occupiedFill, fillOpacity: 0.35,
                             title: "\(entry.place.name) (occupied)",
                             description: PlaceProperties.description(of: properties, role: .occupied))
                .apply(to: &properties)
            features.append(Feature(geometry: boundary, properties: properties))
            switch boundary {
            case .polygon(let rings): polygons.append(rings)
            case .multiPolygon(let parts): polygons.append(contentsOf: parts)
            default: break
            }
        }
        return OccupiedTerritory(features: features, heldArea: polygons.isEmpty ? nil : .multiPolygon(polygons),
                                 method: "claimed admin-1 units named as occupied")
    }
}
