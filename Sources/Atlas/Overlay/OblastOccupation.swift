import GEOS
import GeoJSON

/// The figures of one oblast against a held area, all on the oblast clipped to the country outline.
///
/// Areas are geodesic (WGS 84, `Proj`) and measured on the polygons exactly as they are written (6 decimals).
public struct OblastOccupation: Sendable {
    /// ISO 3166-2 code ("UA-14").
    public let code: String
    /// News spelling ("Donetsk").
    public let name: String
    /// One of the six units Russia claims.
    public let isClaimed: Bool
    /// The oblast clipped to the outline: the geometry of its feature.
    public let clipped: GeoJSONGeometry
    /// The held part of the clipped oblast.
    public let held: GeoJSONGeometry
    /// The part still held by Ukraine (claimed oblasts only; nil when nothing remains).
    public let remainder: GeoJSONGeometry?
    /// Area of the clipped oblast, km².
    public let areaKm2: Double
    /// Held area inside it, km².
    public let heldKm2: Double
    /// `heldKm2 / areaKm2`, 0...1.
    public let heldShare: Double
    /// Area of `remainder`, km² (0 when there is none).
    public let remainderKm2: Double

    /// Clips `oblast` to `outline` and measures it against `heldArea`.
    /// - Throws: `GEOSError` or `GeodesicError` if GEOS or the area fails.
    init(oblast: OblastBoundary, outline: GEOS.Geometry, heldArea: GEOS.Geometry) throws {
        code = oblast.code
        name = oblast.name
        isClaimed = UkrainianOblasts.isClaimed(oblast.code)
        let clippedGeometry = try OverlayGeometry.polygonal(oblast.geometry.intersection(outline))
        clipped = try OverlayGeometry.written(clippedGeometry)
        areaKm2 = try OverlayGeometry.squareKilometres(clipped)
        held = try OverlayGeometry.written(OverlayGeometry.polygonal(clippedGeometry.intersection(heldArea)))
        heldKm2 = try OverlayGeometry.squareKilometres(held)
        heldShare = areaKm2 > 0 ? heldKm2 / areaKm2 : 0
        if isClaimed {
            let rest = try OverlayGeometry.written(OverlayGeometry.polygonal(clippedGeometry.difference(heldArea)))
            let restKm2 = try OverlayGeometry.squareKilometres(rest)
            remainder = restKm2 > 0 ? rest : nil
            remainderKm2 = restKm2
        } else {
            remainder = nil
            remainderKm2 = 0
        }
    }
}
