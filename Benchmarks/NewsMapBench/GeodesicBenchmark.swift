import CProj
import GeoJSON
import Proj

/// Times `Geodesic.inverse` against a direct `geod_inverse` call on the same pseudo-random pairs, in alternating
/// rounds, and prints nanoseconds per inverse (min and median over rounds) and the wrapper/C ratio.
func runGeodesicBenchmark(pairCount: Int = 200_000, rounds: Int = 7) {
    var generator = SplitMix64(seed: 20_250_815)
    var positions: [Position] = []
    positions.reserveCapacity(2 * pairCount)
    for _ in 0..<(2 * pairCount) {
        positions.append(Position(lat: generator.unit() * 180 - 90, lon: generator.unit() * 360 - 180))
    }
    let geodesic = Geodesic.wgs84
    var ellipsoid = geod_geodesic()
    geod_init(&ellipsoid, 6_378_137, 1 / 298.257223563)

    var wrapperTimes: [Double] = [], directTimes: [Double] = []
    var checksumWrapper = 0.0, checksumDirect = 0.0
    for _ in 0..<rounds {
        let clock = ContinuousClock()
        var sum = 0.0
        let wrapperElapsed = clock.measure {
            for index in 0..<pairCount {
                if let leg = try? geodesic.inverse(from: positions[2 * index], to: positions[2 * index + 1]) {
                    sum += leg.meters + leg.azimuth1Degrees + leg.azimuth2Degrees
                }
            }
        }
        checksumWrapper = sum
        sum = 0
        let directElapsed = clock.measure {
            for index in 0..<pairCount {
                let a = positions[2 * index], b = positions[2 * index + 1]
                var s12 = 0.0, azi1 = 0.0, azi2 = 0.0
                geod_inverse(&ellipsoid, a.latitude, a.longitude, b.latitude, b.longitude, &s12, &azi1, &azi2)
                sum += s12 + azi1 + azi2
            }
        }
        checksumDirect = sum
        wrapperTimes.append(nanoseconds(wrapperElapsed) / Double(pairCount))
        directTimes.append(nanoseconds(directElapsed) / Double(pairCount))
    }
    let wrapperMedian = median(wrapperTimes), directMedian = median(directTimes)
    print("geodesic inverse, \(pairCount) pairs x \(rounds) alternating rounds (ns per inverse)")
    print("  wrapper  Geodesic.inverse  min \(format(wrapperTimes.min() ?? 0))  median \(format(wrapperMedian))")
    print("  direct   geod_inverse      min \(format(directTimes.min() ?? 0))  median \(format(directMedian))")
    print("  ratio wrapper/direct       min \(format((wrapperTimes.min() ?? 0) / (directTimes.min() ?? 1), digits: 3))  median \(format(wrapperMedian / directMedian, digits: 3))")
    print("  checksums equal: \(checksumWrapper == checksumDirect)")
}
