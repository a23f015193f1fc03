import CProj
import GeoJSON

/// Geodesics on an ellipsoid of revolution, computed by PROJ's copy of GeographicLib (`geodesic.h`).
///
/// Accuracy is that of GeographicLib: distances to about 15 nm, azimuths to about 1e-12°, on WGS84.
/// Needs no PROJ context: a `Geodesic` is an immutable value and is safe to share across threads and tasks
/// (geodesic.h only reads the `geod_geodesic` it is given).
///
/// ```swift
/// let leg = try Geodesic.wgs84.inverse(from: Position(lat: 47.49835, lon: 19.04045),
///                                      to: Position(lat: 50.45466, lon: 30.5238))
/// leg.meters  // 901475.86
/// ```
public struct Geodesic: Sendable {
    /// geod_init's result. Read-only after `init`.
    @usableFromInline let ellipsoid: geod_geodesic

    /// The WGS84 ellipsoid: a = 6,378,137 m, f = 1/298.257223563.
    public static let wgs84 = Geodesic(validEquatorialRadiusMeters: 6_378_137, flattening: 1 / 298.257223563)

    /// An ellipsoid with equatorial radius `equatorialRadiusMeters` (> 0) and flattening `flattening` (< 1; 0 is a
    /// sphere, negative is prolate).
    public init(equatorialRadiusMeters: Double, flattening: Double) throws(GeodesicError) {
        guard equatorialRadiusMeters.isFinite, equatorialRadiusMeters > 0, flattening.isFinite, flattening < 1 else {
            throw .invalidEllipsoid(equatorialRadiusMeters: equatorialRadiusMeters, flattening: flattening)
        }
        self.init(validEquatorialRadiusMeters: equatorialRadiusMeters, flattening: flattening)
    }

    private init(validEquatorialRadiusMeters a: Double, flattening f: Double) {
        var ellipsoid = geod_geodesic()
        geod_init(&ellipsoid, a, f)
        self.ellipsoid = ellipsoid
    }

    /// Equatorial radius, metres.
    public var equatorialRadiusMeters: Double { ellipsoid.a }
    /// Flattening.
    public var flattening: Double { ellipsoid.f }

    /// Distance from the equator to a pole along a meridian, metres (10,001,965.729 m on WGS84).
    public var quarterMeridianMeters: Double {
        var s12 = 0.0
        withUnsafePointer(to: ellipsoid) { geod_inverse($0, 0, 0, 90, 0, &s12, nil, nil) }
        return s12
    }
}

extension Geodesic {
    /// Throws unless `position` has a finite latitude in [-90, 90] and a finite longitude in [-180, 180] degrees.
    @inlinable
    static func validate(_ position: Position) throws(GeodesicError) {
        let lat = position.latitude, lon = position.longitude
        // Written so NaN fails every comparison and is rejected.
        guard lat >= -90, lat <= 90, lon >= -180, lon <= 180 else {
            throw .invalidPosition(latitude: lat, longitude: lon)
        }
    }

    /// Throws unless `value` is finite.
    @inlinable
    static func validateFinite(_ value: Double, name: String) throws(GeodesicError) {
        guard value.isFinite else { throw .invalidValue(name: name, value: value, requirement: "must be finite") }
    }
}
