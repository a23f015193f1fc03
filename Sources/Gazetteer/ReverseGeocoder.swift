import Foundation
import GEOS
import GeoJSON
import Proj
import Synchronization

/// What `reverse(_:)` searches: populated places in a 1° grid, admin-1 and country polygons with their extents.
struct ReverseIndex: Sendable {
    /// Cells of 1° × 1°, row-major from (-90°, -180°); `cellStart[c]..<cellStart[c + 1]` indexes `cellPlaces`.
    let cellStart: [Int32]
    let cellPlaces: [Int32]
    let admin1Areas: [BoundaryArea]
    let countryAreas: [BoundaryArea]
    let prepared: PreparedBoundaries

    static let columns = 360, rows = 180

    static func cell(latitude: Double, longitude: Double) -> (column: Int, row: Int) {
        (min(columns - 1, max(0, Int(floor(longitude + 180)))), min(rows - 1, max(0, Int(floor(latitude + 90)))))
    }
}

/// A polygon of the gazetteer with its bounding box, so most point tests never reach GEOS.
struct BoundaryArea: Sendable {
    let place: Int
    let geometry: Int
    let minLongitude, minLatitude, maxLongitude, maxLatitude: Double

    func mayContain(_ p: Position) -> Bool {
        p.longitude >= minLongitude && p.longitude <= maxLongitude && p.latitude >= minLatitude && p.latitude <= maxLatitude
    }
}

/// GEOS prepared geometries of boundaries (by geometry index), built on first use and kept.
final class PreparedBoundaries: Sendable {
    private let table = Mutex<[Int: PreparedGeometry]>([:])

    func geometry(_ index: Int, from file: BoundaryFile) throws -> PreparedGeometry {
        if let found = table.withLock({ $0[index] }) { return found }
        let made = try PreparedGeometry(GEOS.Geometry(file.geometry(index)))
        return table.withLock { stored in
            if let existing = stored[index] { return existing }
            stored[index] = made
            return made
        }
    }
}

extension Gazetteer {
    /// Mean Earth radius in metres (IUGG), for great-circle distances to the nearest place.
    /// The smallest radius of curvature of the WGS84 ellipsoid (meridional, at the equator): a degree is never
    /// shorter than this radius × π/180, so it gives a safe lower bound for the ring search.
    static let smallestRadiusOfCurvatureMeters = 6_335_439.0

    /// The nearest populated place to a point (great-circle distance on a sphere of mean radius: within about
    /// 0.5 % of the ellipsoidal distance), and the admin-1 unit and country whose polygons contain it (GEOS,
    /// point-in-polygon; nil at sea or outside every polygon). The country is the de jure one; where control
    /// differs (Crimea, Sevastopol) `deFactoCountryCode` says who holds it. `regions` lists the named regions
    /// made of the admin-1 unit or country found (a point in Sevastopol lies in the Crimean Peninsula).
    /// - Throws: `GazetteerError.invalidCoordinate` for NaN, infinite or out-of-range coordinates.
    public func reverse(_ position: Position) throws -> ReverseGeocode {
        let latitude = position.latitude, longitude = position.longitude
        guard latitude.isFinite, longitude.isFinite, abs(latitude) <= 90, abs(longitude) <= 180 else {
            throw GazetteerError.invalidCoordinate("latitude \(latitude), longitude \(longitude): need finite degrees, |lat| ≤ 90, |lon| ≤ 180")
        }
        let spatial = try reverseIndex.value { try buildReverseIndex() }
        let nearest = nearestPlace(to: position, in: spatial)
        let admin1 = try firstContaining(position, among: spatial.admin1Areas, spatial)
        var country = try firstContaining(position, among: spatial.countryAreas, spatial)
        if country == nil, let code = admin1.flatMap({ place(at: $0).countryCode }) {
            country = countryIndexByCode[code]
        }
        let admin1Place = admin1.map(place(at:))
        let countryPlace = country.map(place(at:))
        let containers = Set([admin1, country].compactMap { $0 })
        var regionIndices: [Int] = []
        for pair in index.members where containers.contains(pair.member) && !regionIndices.contains(pair.region) {
            regionIndices.append(pair.region)
        }
        return ReverseGeocode(
            nearestPlace: nearest.map { place(at: $0.index) }, nearestPlaceMeters: nearest?.meters,
            admin1: admin1Place, country: countryPlace,
            deFactoCountryCode: admin1Place?.deFactoCountryCode ?? countryPlace?.deFactoCountryCode,
            regions: regionIndices.map(place(at:)))
    }

    private func firstContaining(_ position: Position, among areas: [BoundaryArea], _ spatial: ReverseIndex) throws -> Int? {
        for area in areas where area.mayContain(position) {
            let prepared = try spatial.prepared.geometry(area.geometry, from: boundaries)
            if try prepared.contains(points: [position])[0] { return area.place }
        }
        return nil
    }

    private func buildReverseIndex() throws -> ReverseIndex {
        var counts = [Int32](repeating: 0, count: ReverseIndex.columns * ReverseIndex.rows + 1)
        var cities: [(cell: Int, place: Int32)] = []
        var admin1: [BoundaryArea] = [], countries: [BoundaryArea] = []
        for i in 0..<index.placeCount {
            let kind = index.kind(ofPlace: i)
            switch kind {
            case .city:
                let (lat, lon) = index.coordinateE5(ofPlace: i)
                let cell = ReverseIndex.cell(latitude: Double(lat) / 1e5, longitude: Double(lon) / 1e5)
                let c = cell.row * ReverseIndex.columns + cell.column
                counts[c + 1] += 1
                cities.append((c, Int32(i)))
            case .admin1, .country:
                guard let geometry = index.boundaryIndex[i] else { continue }
                let e = try boundaries.extent(geometry)
                let area = BoundaryArea(place: i, geometry: geometry, minLongitude: e.minLongitude, minLatitude: e.minLatitude,
                                        maxLongitude: e.maxLongitude, maxLatitude: e.maxLatitude)
                if kind == .admin1 { admin1.append(area) } else { countries.append(area) }
            default:
                break
            }
        }
        for c in 1..<counts.count { counts[c] += counts[c - 1] }
        var next = counts
        var places = [Int32](repeating: 0, count: cities.count)
        for city in cities {
            places[Int(next[city.cell])] = city.place
            next[city.cell] += 1
        }
        return ReverseIndex(cellStart: counts, cellPlaces: places, admin1Areas: admin1, countryAreas: countries,
                            prepared: PreparedBoundaries())
    }

    private func nearestPlace(to position: Position, in spatial: ReverseIndex) -> (index: Int, meters: Double)? {
        let origin = ReverseIndex.cell(latitude: position.latitude, longitude: position.longitude)
        var best: (index: Int, meters: Double)?
        for radius in 0...ReverseIndex.columns / 2 {
            for row in max(0, origin.row - radius)...min(ReverseIndex.rows - 1, origin.row + radius) {
                let onEdgeRow = abs(row - origin.row) == radius
                let columns = onEdgeRow ? Array(-radius...radius) : (radius == 0 ? [0] : [-radius, radius])
                for offset in columns {
                    let column = ((origin.column + offset) % ReverseIndex.columns + ReverseIndex.columns) % ReverseIndex.columns
                    let cell = row * ReverseIndex.columns + column
                    for slot in Int(spatial.cellStart[cell])..<Int(spatial.cellStart[cell + 1]) {
                        let i = Int(spatial.cellPlaces[slot])
                        let (lat, lon) = index.coordinateE5(ofPlace: i)
                        let candidate = Position(longitude: Double(lon) / 1e5, latitude: Double(lat) / 1e5)
                        guard let meters = try? Geodesic.wgs84.inverse(from: position, to: candidate).meters else { continue }
                        if let current = best, current.meters < meters || (current.meters == meters && current.index < i) {
                            continue
                        }
                        best = (i, meters)
                    }
                }
            }
            // Every cell farther out is at least `radius` whole cells away in latitude or in longitude.
            if let best {
                let widest = min(89.99, abs(position.latitude) + Double(radius) + 1)
                let bound = Double(radius) * Self.smallestRadiusOfCurvatureMeters * .pi / 180 * cos(widest * .pi / 180)
                if best.meters <= bound { break }
            }
        }
        return best
    }
}
