import Foundation
import GEOS
import GeoJSON
import Proj

/// The point of the held area closest to a site, and how far it is.
public struct NearestHeldPoint: Sendable, Hashable {
    /// The closest held point (the site itself when the site lies in the held area), WGS 84 degrees.
    public let point: Position
    /// Geodesic distance from the site to `point` on WGS 84, metres (0 inside).
    public let meters: Double
    /// True when the site lies in the held area.
    public let isInside: Bool
}

extension HeldArea {
    /// The held point nearest to `site` ("how far is Mihail Kogălniceanu Air Base from occupied ground?").
    ///
    /// The search runs in a plane with longitudes scaled by cos(site latitude), so that a degree east counts like a
    /// degree north near the site; the distance to the point found is then geodesic. Within about 1,000 km the
    /// point found is within a few hundred metres of the true geodesic nearest point and the distance is an upper
    /// bound within 0.5 % (tests hold it to the geodesic distance of a point known to be nearest).
    /// - Throws: `GeodesicError` for an invalid site; `GEOSError` if GEOS fails.
    public func nearestPoint(to site: Position) throws -> NearestHeldPoint {
        if try PreparedGeometry(geometry).covers(GEOS.Geometry(.point(site))) {
            return NearestHeldPoint(point: site, meters: 0, isInside: true)
        }
        let scale = max(cos(site.latitude * Double.pi / 180), 0.01)
        let squeeze = { (position: Position) in Position(longitude: position.longitude * scale, latitude: position.latitude) }
        let scaled = try GEOS.Geometry(Self.mapped(try geometry.geoJSON(), squeeze))
        let (nearest, _) = try scaled.nearestPoints(to: GEOS.Geometry(.point(squeeze(site))))
        let point = Position(longitude: nearest.longitude / scale, latitude: nearest.latitude)
        let meters = try Geodesic.wgs84.inverse(from: site, to: point).meters
        return NearestHeldPoint(point: point, meters: meters, isInside: false)
    }

    private static func mapped(_ geometry: GeoJSONGeometry, _ transform: (Position) -> Position) -> GeoJSONGeometry {
        switch geometry {
        case .point(let p): .point(transform(p))
        case .multiPoint(let ps): .multiPoint(ps.map(transform))
        case .lineString(let line): .lineString(line.map(transform))
        case .multiLineString(let lines): .multiLineString(lines.map { $0.map(transform) })
        case .polygon(let rings): .polygon(rings.map { $0.map(transform) })
        case .multiPolygon(let polygons): .multiPolygon(polygons.map { $0.map { $0.map(transform) } })
        case .geometryCollection(let members): .geometryCollection(members.map { mapped($0, transform) })
        }
    }
}
