import GEOS
import GeoJSON

/// Ground that changed hands between two snapshots of the held area, in total and per oblast.
///
/// `gained` is ground held in the newer snapshot but not in the older one (the holder advanced), `lost` the
/// reverse. Both are clipped to the outline; areas are geodesic km² measured on the polygons as written.
///
/// ```swift
/// let change = try ControlChange(from: late2022, to: mid2025, boundaries: boundaries)
/// change.gainedKm2; change.lostKm2
/// change.featureCollection()   // one polygon feature per oblast and direction
/// ```
public struct ControlChange: Sendable {
    /// Ground that changed hands inside one oblast.
    public struct OblastChange: Sendable {
        public let code: String
        public let name: String
        /// Newly held part of the oblast, or nil.
        public let gained: GeoJSONGeometry?
        /// No-longer-held part of the oblast, or nil.
        public let lost: GeoJSONGeometry?
        public let gainedKm2: Double
        public let lostKm2: Double
    }

    public let old: HeldArea
    public let new: HeldArea
    /// All newly held ground (as written), and its area in km².
    public let gained: GeoJSONGeometry
    public let gainedKm2: Double
    /// All ground no longer held (as written), and its area in km².
    public let lost: GeoJSONGeometry
    public let lostKm2: Double
    /// Oblasts where at least `minimumKm2` changed hands, most change first.
    public let oblasts: [OblastChange]

    /// `gainedKm2 − lostKm2`.
    public var netKm2: Double { gainedKm2 - lostKm2 }

    /// Compares two held areas. An oblast is listed when at least `minimumKm2` km² changed hands in it.
    /// - Throws: `GEOSError` or `GeodesicError` if GEOS or the area computation fails.
    public init(from old: HeldArea, to new: HeldArea, boundaries: UkraineBoundaries, minimumKm2: Double = 0.01) throws {
        self.old = old
        self.new = new
        let gainedGeometry = try OverlayGeometry.polygonal(new.geometry.difference(old.geometry))
        let lostGeometry = try OverlayGeometry.polygonal(old.geometry.difference(new.geometry))
        gained = try OverlayGeometry.written(gainedGeometry)
        lost = try OverlayGeometry.written(lostGeometry)
        gainedKm2 = try OverlayGeometry.squareKilometres(gained)
        lostKm2 = try OverlayGeometry.squareKilometres(lost)
        var changes: [OblastChange] = []
        for oblast in boundaries.oblasts {
            let clipped = try OverlayGeometry.polygonal(oblast.geometry.intersection(boundaries.outline))
            let gainedHere = try OverlayGeometry.written(OverlayGeometry.polygonal(clipped.intersection(gainedGeometry)))
            let lostHere = try OverlayGeometry.written(OverlayGeometry.polygonal(clipped.intersection(lostGeometry)))
            let gainedHereKm2 = try OverlayGeometry.squareKilometres(gainedHere)
            let lostHereKm2 = try OverlayGeometry.squareKilometres(lostHere)
            guard gainedHereKm2 >= minimumKm2 || lostHereKm2 >= minimumKm2 else { continue }
            changes.append(OblastChange(
                code: oblast.code, name: oblast.name,
                gained: gainedHereKm2 >= minimumKm2 ? gainedHere : nil, lost: lostHereKm2 >= minimumKm2 ? lostHere : nil,
                gainedKm2: gainedHereKm2, lostKm2: lostHereKm2))
        }
        oblasts = changes.sorted { $0.gainedKm2 + $0.lostKm2 > $1.gainedKm2 + $1.lostKm2 }
    }
}
