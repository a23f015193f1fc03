import GeoJSON
#if canImport(Glibc)
// `Double.remainder(dividingBy:)` calls libm's remainder(); importing Glibc makes the linker pull in libm.
import Glibc
#endif

/// A point sampled along a parametrised path (a geodesic by distance, a range ring by azimuth).
struct PathSample {
    var parameter: Double
    var latitude: Double
    /// Longitude in [-180, 180] degrees.
    var longitude: Double
}

/// Cuts a path sampled densely enough (consecutive samples less than 180° of longitude apart) into parts whose
/// longitudes all lie in [-180, 180], inserting the exact crossing points at ±180°.
///
/// Crossings are located on the true path by bisecting its parameter, through `locate`, not by interpolating
/// between samples.
struct AntimeridianSplitter {
    /// Returns the (latitude, longitude in [-180, 180]) of the path at a parameter value.
    let locate: (Double) -> (latitude: Double, longitude: Double)

    struct Result {
        /// Parts in path order; the first starts at the first sample, the last ends at the last sample.
        var parts: [[Position]]
        /// Net change of the continuous (unrolled) longitude from the first to the last sample, degrees.
        var longitudeChangeDegrees: Double
    }

    func split(_ samples: [PathSample]) -> Result {
        guard let first = samples.first else { return Result(parts: [], longitudeChangeDegrees: 0) }
        var parts: [[Position]] = [[Position(longitude: first.longitude, latitude: first.latitude)]]
        var unrolled = first.longitude
        var strip = 0.0  // the current part holds unrolled longitudes in [-180, 180] + 360 * strip
        for (previous, sample) in zip(samples, samples.dropFirst()) {
            let previousUnrolled = unrolled
            unrolled += (sample.longitude - previous.longitude).remainder(dividingBy: 360)
            while unrolled - 360 * strip > 180 {
                let boundary = 180 + 360 * strip
                let latitude = crossingLatitude(from: previous, unrolled: previousUnrolled, to: sample, boundary: boundary)
                append(Position(longitude: 180, latitude: latitude), to: &parts[parts.count - 1])
                parts.append([Position(longitude: -180, latitude: latitude)])
                strip += 1
            }
            while unrolled - 360 * strip < -180 {
                let boundary = -180 + 360 * strip
                let latitude = crossingLatitude(from: previous, unrolled: previousUnrolled, to: sample, boundary: boundary)
                append(Position(longitude: -180, latitude: latitude), to: &parts[parts.count - 1])
                parts.append([Position(longitude: 180, latitude: latitude)])
                strip -= 1
            }
            // Keep the sample's own longitude (exact), unless it is ±180 on the wrong side for this part.
            let inStrip = unrolled - 360 * strip
            let longitude = abs(sample.longitude - inStrip) > 180 ? inStrip : sample.longitude
            append(Position(longitude: longitude, latitude: sample.latitude), to: &parts[parts.count - 1])
        }
        return Result(parts: parts, longitudeChangeDegrees: unrolled - first.longitude)
    }

    private func append(_ position: Position, to part: inout [Position]) {
        if part.last != position { part.append(position) }
    }

    /// Bisects the parameter between two samples for the point whose unrolled longitude equals `boundary`.
    private func crossingLatitude(
        from start: PathSample, unrolled startUnrolled: Double, to end: PathSample, boundary: Double
    ) -> Double {
        var low = start.parameter, high = end.parameter
        var latitude = end.latitude
        let startSide = startUnrolled < boundary
        for _ in 0..<80 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            let point = locate(middle)
            let unrolled = startUnrolled + (point.longitude - start.longitude).remainder(dividingBy: 360)
            if (unrolled < boundary) == startSide {
                low = middle
            } else {
                high = middle
                latitude = point.latitude
            }
        }
        return latitude
    }
}
