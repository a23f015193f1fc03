import Gazetteer
import GeoJSON
import Geoparser

/// The occupied territory of a story about Ukraine: the area held according to a dated line of contact (or a
/// control file), with the oblast figures of ``OccupationOverlay``. For any other story it defers to `fallback`
/// (by default the claimed admin-1 units the story names), so a story about another occupation never shows
/// Ukraine's front line.
///
/// ```swift
/// let options = StoryMapOptions(occupiedSource: HeldAreaTerritory(gazetteer: gazetteer))
/// ```
/// The overlay is built only when a story speaks of occupied ground in Ukraine (about 0.2 s).
public struct HeldAreaTerritory: OccupiedTerritorySource {
    /// The ISO 3166-1 code of the country whose occupation the overlay measures.
    public static let countryCode = "UA"

    public let gazetteer: Gazetteer
    /// The date of the line of contact to use (the latest on or before it); nil for the newest.
    public let asOf: CalendarDate?
    public let fallback: any OccupiedTerritorySource

    public init(gazetteer: Gazetteer, asOf: CalendarDate? = nil, fallback: any OccupiedTerritorySource = ClaimedUnitsTerritory()) {
        self.gazetteer = gazetteer
        self.asOf = asOf
        self.fallback = fallback
    }

    public func territory(for story: Story, occupiedPlaces: [PlaceInDocument], lookup: any PlaceLookup) throws(AtlasError) -> OccupiedTerritory {
        guard occupiedPlaces.contains(where: { $0.place.countryCode == Self.countryCode }) else {
            return try fallback.territory(for: story, occupiedPlaces: occupiedPlaces, lookup: lookup)
        }
        let overlay: OccupationOverlay
        do {
            overlay = try OccupationOverlay.bundled(gazetteer: gazetteer, asOf: asOf)
        } catch {
            throw .occupiedTerritory("\(error)")
        }
        let date = overlay.heldArea.asOf.map { "line of contact \($0.description)" } ?? overlay.heldArea.source
        return OccupiedTerritory(features: overlay.featureCollection().features, heldArea: overlay.heldGeometry,
                                 method: "area held according to the \(date) (an approximation for maps at news scale)")
    }
}
