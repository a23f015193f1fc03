import GeoJSON
import GEOS
import Proj

/// The point of an area (polygons) nearest to a site, and the geodesic distance to it.
///
/// Method: the area's edges are densified to at most `maxEdgeDegrees` of longitude/latitude, projected to an
/// azimuthal equidistant projection centred on the site (where the distance of every point from the origin is its
/// geodesic distance from the site), and GEOS finds the area's point nearest the origin; that point is projected back
/// and the distance re-solved with the geodesic inverse problem. Accuracy: the only approximation is the shape of
/// each edge between vertices (straight in the projection rather than a geodesic); with edges of 0.05° (about 5 km)
/// the distance is within a few metres for sites up to thousands of kilometres away.
///
/// ```swift
/// let nearest = try NearestAreaPoint.find(from: lrck.coordinate, on: occupiedArea)
/// nearest.meters / 1000   // kilometres to the nearest occupied ground
/// ```
public struct NearestAreaPoint: Sendable, Hashable {
    /// The nearest point of the area (on its boundary, or the site itself when inside).
    public var point: Position
    /// Geodesic distance from the site, metres (0 when the site lies in the area).
    public var meters: Double
    /// Compass bearing at the site towards `point`, degrees in [0, 360) (0 when inside).
    public var azimuthDegrees: Double
    public var siteIsInside: Bool

    public static func find(from site: Position, on area: GeoJSON.Geometry, maxEdgeDegrees: Double = 0.05) throws(AtlasError) -> NearestAreaPoint {
        guard maxEdgeDegrees.isFinite, maxEdgeDegrees > 0 else {
            throw .invalidParameter("maxEdgeDegrees must be a positive number of degrees")
        }
        let projection: CoordinateTransformer
        do {
            projection = try CoordinateTransformer(
                from: "EPSG:4326",
                to: "+proj=aeqd +lat_0=\(site.latitude) +lon_0=\(site.longitude) +datum=WGS84 +units=m +type=crs")
        } catch {
            throw .projection(error.description)
        }
        let projected: GeoJSON.Geometry
        do {
            projected = try Densify.geometry(area, maxStepDegrees: maxEdgeDegrees).mappingPositions { position throws(ProjError) in
                let xy = try projection.transform((x: position.longitude, y: position.latitude))
                return Position(longitude: xy.x, latitude: xy.y)
            }
        } catch {
            throw .projection(error.description)
        }
        let nearestXY: Position
        do {
            let shape = try GEOS.Geometry(projected)
            let origin = try GEOS.Geometry(.point(Position(longitude: 0, latitude: 0)))
            if try shape.intersects(origin) {
                return NearestAreaPoint(point: site, meters: 0, azimuthDegrees: 0, siteIsInside: true)
            }
            nearestXY = try origin.nearestPoints(to: shape).1
        } catch {
            throw .geometry("\(error)")
        }
        do {
            let lonLat = try projection.transform((x: nearestXY.longitude, y: nearestXY.latitude), direction: .inverse)
            let point = Position(longitude: lonLat.x, latitude: lonLat.y)
            let leg = try Geodesic.wgs84.inverse(from: site, to: point)
            return NearestAreaPoint(point: point, meters: leg.meters, azimuthDegrees: Bearing.compass(leg.azimuth1Degrees), siteIsInside: false)
        } catch let error as ProjError {
            throw .projection(error.description)
        } catch {
            throw .geodesic("\(error)")
        }
    }
}
