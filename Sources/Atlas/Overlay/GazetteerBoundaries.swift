import GEOS
import Gazetteer

extension UkraineBoundaries {
    /// Ukraine's outline (Natural Earth admin-0, German point of view: Crimea inside) and its 27 first-level
    /// units from the gazetteer, each named as news names it.
    /// - Throws: `OverlayError.invalidBoundaries` when the gazetteer lacks a polygon; `GEOSError` if GEOS fails.
    public init(gazetteer: Gazetteer) throws {
        guard let ukraine = gazetteer.country(code: "UA"), let outline = gazetteer.boundary(of: ukraine) else {
            throw OverlayError.invalidBoundaries("the gazetteer has no outline for Ukraine (UA)")
        }
        var oblasts: [OblastBoundary] = []
        for code in UkrainianOblasts.codes {
            guard let unit = gazetteer.admin1(code: code), let boundary = gazetteer.boundary(of: unit) else {
                throw OverlayError.invalidBoundaries("the gazetteer has no polygon for \(code)")
            }
            oblasts.append(OblastBoundary(code: code, name: UkrainianOblasts.newsNames[code] ?? unit.name,
                                          geometry: try GEOS.Geometry(boundary)))
        }
        try self.init(outline: GEOS.Geometry(outline), oblasts: oblasts)
    }
}

extension OccupationOverlay {
    /// The occupied-territory overlay of the bundled line in force on `asOf` (the newest when nil), measured on
    /// the gazetteer's boundaries: what `newsmap map` writes as `occupied.geojson` (``featureCollection()``).
    /// - Throws: the errors of ``ContactLineArchive/bundled()``, ``HeldArea/init(line:outline:)`` and
    ///   ``UkraineBoundaries/init(gazetteer:)``.
    public static func bundled(gazetteer: Gazetteer, asOf: CalendarDate? = nil) throws -> OccupationOverlay {
        let boundaries = try UkraineBoundaries(gazetteer: gazetteer)
        let line = try ContactLineArchive.bundled().line(asOf: asOf)
        return try OccupationOverlay(boundaries: boundaries, heldArea: HeldArea(line: line, outline: boundaries.outline))
    }
}
