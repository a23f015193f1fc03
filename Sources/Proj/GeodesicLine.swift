import CProj
import GeoJSON

extension Geodesic {
    /// Largest number of points a densified line or ring may have; protects against a tiny spacing.
    static let maximumPointCount = 10_000_000

    /// The shortest geodesic from `start` to `end`, densified so that consecutive points are at most
    /// `maxSegmentMeters` apart (`geod_inverseline` + `geod_position`). The first and last points are exactly
    /// `start` and `end`; intermediate longitudes are in [-180, 180], so the list jumps where the line crosses the
    /// antimeridian (use ``lineGeometry(from:to:maxSegmentMeters:)`` for GeoJSON output).
    /// - Throws: ``GeodesicError`` for invalid positions or a spacing that is not a positive finite number of metres.
    public func line(from start: Position, to end: Position, maxSegmentMeters: Double) throws(GeodesicError) -> [Position] {
        try densifiedSamples(from: start, to: end, maxSegmentMeters: maxSegmentMeters).samples.map {
            Position(longitude: $0.longitude, latitude: $0.latitude)
        }.replacingEnds(start, end)
    }

    /// The densified geodesic from `start` to `end` as GeoJSON: a `.lineString`, or a `.multiLineString` split at
    /// the antimeridian (RFC 7946 §3.1.9) with the crossing point at ±180° on both sides. Longitudes stay in
    /// [-180, 180].
    public func lineGeometry(from start: Position, to end: Position, maxSegmentMeters: Double) throws(GeodesicError) -> Geometry {
        let densified = try densifiedSamples(from: start, to: end, maxSegmentMeters: maxSegmentMeters)
        var line = densified.line
        let parts = withUnsafePointer(to: &line) { linePointer in
            AntimeridianSplitter { distance in
                var lat = 0.0, lon = 0.0
                geod_position(linePointer, distance, &lat, &lon, nil)
                return (lat, lon)
            }.split(densified.samples).parts
        }
        return parts.count == 1 ? .lineString(parts[0]) : .multiLineString(parts)
    }

    private func densifiedSamples(
        from start: Position, to end: Position, maxSegmentMeters: Double
    ) throws(GeodesicError) -> (samples: [PathSample], line: geod_geodesicline) {
        try Self.validate(start)
        try Self.validate(end)
        guard maxSegmentMeters.isFinite, maxSegmentMeters > 0 else {
            throw .invalidValue(name: "maxSegmentMeters", value: maxSegmentMeters, requirement: "must be finite and > 0")
        }
        var line = geod_geodesicline()
        let caps = GEOD_LATITUDE.rawValue | GEOD_LONGITUDE.rawValue | GEOD_DISTANCE_IN.rawValue
        withUnsafePointer(to: ellipsoid) { g in
            geod_inverseline(&line, g, start.latitude, start.longitude, end.latitude, end.longitude, caps)
        }
        let total = line.s13
        let segmentCount = total / maxSegmentMeters
        guard segmentCount < Double(Self.maximumPointCount) else {
            throw .invalidValue(name: "maxSegmentMeters", value: maxSegmentMeters,
                                requirement: "too small for a \(total) m line (over \(Self.maximumPointCount) points)")
        }
        var count = max(1, Int(segmentCount))
        if Double(count) < segmentCount { count += 1 }
        var samples = [PathSample(parameter: 0, latitude: start.latitude, longitude: start.longitude)]
        samples.reserveCapacity(count + 1)
        for index in 1..<count {
            let distance = total * Double(index) / Double(count)
            var lat = 0.0, lon = 0.0
            geod_position(&line, distance, &lat, &lon, nil)
            samples.append(PathSample(parameter: distance, latitude: lat, longitude: lon))
        }
        samples.append(PathSample(parameter: total, latitude: end.latitude, longitude: end.longitude))
        return (samples, line)
    }
}

extension Array where Element == Position {
    /// This list with its first and last element set to `start` and `end` exactly.
    fileprivate func replacingEnds(_ start: Position, _ end: Position) -> [Position] {
        var copy = self
        if !copy.isEmpty {
            copy[0] = start
            copy[copy.count - 1] = end
        }
        return copy
    }
}
