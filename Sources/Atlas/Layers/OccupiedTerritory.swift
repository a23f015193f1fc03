import GeoJSON
import Geoparser

/// What the `occupied` layer shows and what deployment distances are measured to.
public struct OccupiedTerritory: Sendable {
    /// The layer's features, styled (simplestyle on each).
    public var features: [Feature]
    /// The held area as polygons (WGS84 degrees); nil when nothing could be drawn.
    public var heldArea: GeoJSON.Geometry?
    /// How the area was obtained, written into the summary ("claimed admin-1 units named as occupied").
    public var method: String

    public init(features: [Feature], heldArea: GeoJSON.Geometry?, method: String) {
        self.features = features
        self.heldArea = heldArea
        self.method = method
    }
}

/// Where the occupied territory comes from. The seam between the layers and the occupation overlay: the default,
/// ``ClaimedUnitsTerritory``, draws the admin-1 units the story calls occupied; the overlay (dated lines of contact)
/// supplies the area actually held.
///
/// ```swift
/// struct HeldArea: OccupiedTerritorySource {
///     func territory(for story: Story, occupiedPlaces: [PlaceInDocument], lookup: any PlaceLookup) throws(AtlasError) -> OccupiedTerritory {
///         OccupiedTerritory(features: overlayFeatures, heldArea: held, method: "line of contact 2025-07-01")
///     }
/// }
/// ```
public protocol OccupiedTerritorySource: Sendable {
    /// Called only when the story speaks of occupied territory (some mention has the `occupied` role);
    /// `occupiedPlaces` are the places with that role, in order of first mention.
    func territory(for story: Story, occupiedPlaces: [PlaceInDocument], lookup: any PlaceLookup) throws(AtlasError) -> OccupiedTerritory
}
