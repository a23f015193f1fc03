import GEOS
import GeoJSON

/// Occupied territory of Ukraine against one held area: the held polygon, its share of the country, and the
/// figures of every claimed oblast and every other oblast with held ground.
///
/// ```swift
/// let held = try HeldArea(line: archive.line(asOf: nil), outline: boundaries.outline)
/// let overlay = try OccupationOverlay(boundaries: boundaries, heldArea: held)
/// overlay.heldShareOfUkraine          // 0.193 with the mid-2025 line
/// let layer = overlay.featureCollection()   // occupied.geojson
/// ```
public struct OccupationOverlay: Sendable {
    /// The held area and its provenance.
    public let heldArea: HeldArea
    /// The held area as written (6 decimals), the geometry of the held-area feature.
    public let heldGeometry: GeoJSONGeometry
    /// Geodesic area of Ukraine's outline, km².
    public let ukraineKm2: Double
    /// Geodesic area of the held area, km².
    public let heldKm2: Double
    /// `heldKm2 / ukraineKm2`, 0...1.
    public let heldShareOfUkraine: Double
    /// The claimed oblasts (always, in `UkrainianOblasts.claimedCodes` order), then every other oblast holding at
    /// least `minimumHeldKm2` of held ground, most held first.
    public let oblasts: [OblastOccupation]

    /// The held-area geometry (GEOS, longitude/latitude degrees), e.g. for the distance from a site to the
    /// nearest occupied ground.
    public var heldAreaGeometry: GEOS.Geometry { heldArea.geometry }

    /// Measures `heldArea` against `boundaries`. An oblast that is not claimed is listed when it holds at least
    /// `minimumHeldKm2` km² of held ground (default 1 km², so that slivers along oblast edges do not count).
    /// - Throws: `GEOSError` or `GeodesicError` if GEOS or the area computation fails.
    public init(boundaries: UkraineBoundaries, heldArea: HeldArea, minimumHeldKm2: Double = 1) throws {
        self.heldArea = heldArea
        heldGeometry = try OverlayGeometry.written(heldArea.geometry)
        heldKm2 = try OverlayGeometry.squareKilometres(heldGeometry)
        ukraineKm2 = try OverlayGeometry.squareKilometres(OverlayGeometry.written(boundaries.outline))
        heldShareOfUkraine = ukraineKm2 > 0 ? heldKm2 / ukraineKm2 : 0
        let measured = try boundaries.oblasts.map {
            try OblastOccupation(oblast: $0, outline: boundaries.outline, heldArea: heldArea.geometry)
        }
        let claimed = UkrainianOblasts.claimedCodes.compactMap { code in measured.first { $0.code == code } }
        let others = measured
            .filter { !$0.isClaimed && $0.heldKm2 >= minimumHeldKm2 }
            .sorted { $0.heldKm2 > $1.heldKm2 }
        oblasts = claimed + others
    }
}
