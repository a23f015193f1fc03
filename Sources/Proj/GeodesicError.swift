/// Why a geodesic computation refused its input.
public enum GeodesicError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Latitude NaN, infinite, or outside [-90°, 90°]; longitude NaN, infinite, or outside [-180°, 180°].
    case invalidPosition(latitude: Double, longitude: Double)
    /// A distance, azimuth or other number was NaN or infinite, or outside its allowed range.
    case invalidValue(name: String, value: Double, requirement: String)
    /// Ellipsoid parameters that geodesic.h cannot use.
    case invalidEllipsoid(equatorialRadiusMeters: Double, flattening: Double)
    /// A range ring that would enclose both poles (radius more than the distance to each); not representable as one
    /// GeoJSON polygon ring set here.
    case ringEnclosesBothPoles(radiusMeters: Double)

    public var description: String {
        switch self {
        case .invalidPosition(let latitude, let longitude):
            "invalid position lat \(latitude), lon \(longitude): latitude must be in [-90, 90], longitude in [-180, 180]"
        case .invalidValue(let name, let value, let requirement):
            "invalid \(name) \(value): \(requirement)"
        case .invalidEllipsoid(let a, let f):
            "invalid ellipsoid a = \(a) m, f = \(f)"
        case .ringEnclosesBothPoles(let radius):
            "a range ring of \(radius) m around this centre encloses both poles; not supported"
        }
    }
}
