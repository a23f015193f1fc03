import CProj
import GeoJSON

/// The solution of the inverse geodesic problem between two positions.
public struct GeodesicInverse: Hashable, Sendable {
    /// Length of the shortest geodesic, metres.
    public var meters: Double
    /// Azimuth at the first point, degrees clockwise from north, in [-180, 180].
    public var azimuth1Degrees: Double
    /// Forward azimuth at the second point (direction of travel on arrival), degrees in [-180, 180].
    /// The back azimuth is this ± 180°.
    public var azimuth2Degrees: Double

    @inlinable
    public init(meters: Double, azimuth1Degrees: Double, azimuth2Degrees: Double) {
        self.meters = meters
        self.azimuth1Degrees = azimuth1Degrees
        self.azimuth2Degrees = azimuth2Degrees
    }
}

/// The solution of the direct geodesic problem.
public struct GeodesicDirect: Hashable, Sendable {
    /// Where the geodesic ends; longitude reduced to [-180, 180].
    public var destination: Position
    /// Forward azimuth at the destination, degrees in [-180, 180].
    public var azimuth2Degrees: Double

    @inlinable
    public init(destination: Position, azimuth2Degrees: Double) {
        self.destination = destination
        self.azimuth2Degrees = azimuth2Degrees
    }
}

extension Geodesic {
    /// Solves the inverse problem: the shortest geodesic from `start` to `end` (`geod_inverse`).
    /// - Throws: ``GeodesicError/invalidPosition(latitude:longitude:)`` for NaN, infinite or out-of-range input.
    @inlinable
    public func inverse(from start: Position, to end: Position) throws(GeodesicError) -> GeodesicInverse {
        try Self.validate(start)
        try Self.validate(end)
        var s12 = 0.0, azi1 = 0.0, azi2 = 0.0
        withUnsafePointer(to: ellipsoid) { g in
            // geodesic.h takes latitude before longitude.
            geod_inverse(g, start.latitude, start.longitude, end.latitude, end.longitude, &s12, &azi1, &azi2)
        }
        return GeodesicInverse(meters: s12, azimuth1Degrees: azi1, azimuth2Degrees: azi2)
    }

    /// Solves the direct problem: travel `meters` (may be negative: backwards) from `start` with initial azimuth
    /// `azimuthDegrees` (clockwise from north) along a geodesic (`geod_direct`).
    /// - Throws: ``GeodesicError`` for an invalid start or a non-finite azimuth or distance.
    @inlinable
    public func direct(
        from start: Position, azimuthDegrees: Double, meters: Double
    ) throws(GeodesicError) -> GeodesicDirect {
        try Self.validate(start)
        try Self.validateFinite(azimuthDegrees, name: "azimuth (degrees)")
        try Self.validateFinite(meters, name: "distance (meters)")
        var lat2 = 0.0, lon2 = 0.0, azi2 = 0.0
        withUnsafePointer(to: ellipsoid) { g in
            geod_direct(g, start.latitude, start.longitude, azimuthDegrees, meters, &lat2, &lon2, &azi2)
        }
        return GeodesicDirect(destination: Position(longitude: lon2, latitude: lat2), azimuth2Degrees: azi2)
    }
}
