import CProj
import GeoJSON

extension Geodesic {
    /// A range ring: the positions `radiusMeters` from `center` along geodesics, as a GeoJSON polygon.
    ///
    /// `segments` vertices are placed by the direct problem at evenly spaced azimuths, running counter-clockwise
    /// (RFC 7946 exterior winding). Where the ring crosses the antimeridian it is cut there (crossing points solved
    /// on the ring itself) and returned as a `.multiPolygon` whose parts are closed rings with longitudes in
    /// [-180, 180]. A ring that encloses a pole becomes one polygon bounded by the ring, the antimeridian and the
    /// pole's latitude (±90°).
    ///
    /// ```swift
    /// let ring = try Geodesic.wgs84.circle(around: Position(lat: 44.3622, lon: 28.4883), radiusMeters: 1_000_000)
    /// ```
    /// - Throws: ``GeodesicError`` for an invalid centre, a radius that is not finite, not positive, or not less
    ///   than the pole-to-pole meridian distance, fewer than 3 segments, or a ring enclosing both poles.
    public func circle(around center: Position, radiusMeters: Double, segments: Int = 360) throws(GeodesicError) -> Geometry {
        try Self.validate(center)
        let halfMeridian = 2 * quarterMeridianMeters
        guard radiusMeters.isFinite, radiusMeters > 0, radiusMeters < halfMeridian else {
            throw .invalidValue(name: "radiusMeters", value: radiusMeters,
                                requirement: "must be finite, > 0 and < \(halfMeridian) m (half the meridian)")
        }
        guard segments >= 3, segments <= Self.maximumPointCount else {
            throw .invalidValue(name: "segments", value: Double(segments),
                                requirement: "must be in 3...\(Self.maximumPointCount)")
        }
        let enclosesNorthPole = try inverse(from: center, to: Position(longitude: center.longitude, latitude: 90)).meters < radiusMeters
        let enclosesSouthPole = try inverse(from: center, to: Position(longitude: center.longitude, latitude: -90)).meters < radiusMeters
        if enclosesNorthPole && enclosesSouthPole { throw .ringEnclosesBothPoles(radiusMeters: radiusMeters) }

        let locate = { (azimuth: Double) -> (latitude: Double, longitude: Double) in
            var lat = 0.0, lon = 0.0
            withUnsafePointer(to: ellipsoid) { g in
                geod_direct(g, center.latitude, center.longitude, azimuth, radiusMeters, &lat, &lon, nil)
            }
            return (lat, lon)
        }
        // Decreasing azimuth (north, west, south, east) is counter-clockwise on the map.
        var samples: [PathSample] = (0..<segments).map { index in
            let azimuth = -360 * Double(index) / Double(segments)
            let point = locate(azimuth)
            return PathSample(parameter: azimuth, latitude: point.latitude, longitude: point.longitude)
        }
        samples.append(PathSample(parameter: -360, latitude: samples[0].latitude, longitude: samples[0].longitude))

        let split = AntimeridianSplitter(locate: locate).split(samples)
        var parts = split.parts
        if parts.count == 1 { return .polygon(parts) }

        // The first and last parts are two halves of one piece: join them at the starting vertex.
        let joined = parts.removeLast() + parts.removeFirst().dropFirst()
        let enclosesPole = abs(split.longitudeChangeDegrees) > 180
        var rings = parts.map { $0 + [$0[0]] }
        if enclosesPole {
            let north = enclosesNorthPole || (!enclosesSouthPole && center.latitude >= 0)
            rings.insert(Self.closedAroundPole(joined, north: north), at: 0)
        } else {
            rings.insert(joined + [joined[0]], at: 0)
        }
        return rings.count == 1 ? .polygon(rings) : .multiPolygon(rings.map { [$0] })
    }

    /// Closes a chain running from one side of the antimeridian to the other along ±180° and the pole latitude,
    /// counter-clockwise on the map.
    private static func closedAroundPole(_ chain: [Position], north: Bool) -> [Position] {
        let poleLatitude: Double = north ? 90 : -90
        // North: run west to east (-180 → 180) then back along the pole; south: east to west.
        let startsWest = (chain.first?.longitude ?? 0) < 0
        let ordered = startsWest == north ? chain : chain.reversed()
        guard let first = ordered.first, let last = ordered.last else { return chain }
        return ordered + [
            Position(longitude: last.longitude, latitude: poleLatitude),
            Position(longitude: first.longitude, latitude: poleLatitude),
            first,
        ]
    }
}
