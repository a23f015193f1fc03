import Foundation
import Gazetteer
import GeoJSON
import Proj

/// A distance and azimuth between a feature and a reference place, on the WGS84 ellipsoid.
public struct GeodesicFigure: Sendable, Hashable {
    /// The reference place (a capital, Sevastopol, Moscow…).
    public var reference: Place
    /// Geodesic distance, metres.
    public var meters: Double
    /// Compass bearing in degrees clockwise from north, in [0, 360), measured at the end stated by `direction`.
    public var azimuthDegrees: Double
    public var direction: Direction

    /// Which way the figure is read.
    public enum Direction: String, Sendable, Hashable {
        /// From the reference place to the feature: the azimuth is the bearing at the reference place.
        case fromReference = "from"
        /// From the feature to the reference place: the azimuth is the bearing at the feature.
        case toReference = "to"
    }

    public var kilometers: Double { meters / 1000 }

    /// Solves the inverse problem between `position` and `reference` (GeographicLib via PROJ, accurate to
    /// well under a millimetre).
    ///
    /// ```swift
    /// let figure = try GeodesicFigure.between(budapest.coordinate, and: kyiv, direction: .fromReference)
    /// figure.kilometers   // 901.5
    /// ```
    public static func between(_ position: Position, and reference: Place, direction: Direction) throws(GeodesicError) -> GeodesicFigure {
        let leg = direction == .fromReference
            ? try Geodesic.wgs84.inverse(from: reference.coordinate, to: position)
            : try Geodesic.wgs84.inverse(from: position, to: reference.coordinate)
        return GeodesicFigure(reference: reference, meters: leg.meters, azimuthDegrees: Bearing.compass(leg.azimuth1Degrees), direction: direction)
    }

    /// The property key of the distance: `distance_km_from_kyiv`, `distance_km_to_sevastopol`.
    public var distanceKey: String { "distance_km_\(direction.rawValue)_\(PropertyKey.slug(reference.name))" }
    /// The property key of the azimuth: `azimuth_deg_from_kyiv`, `azimuth_deg_to_sevastopol`.
    public var azimuthKey: String { "azimuth_deg_\(direction.rawValue)_\(PropertyKey.slug(reference.name))" }
}

/// Property keys made from place names.
public enum PropertyKey {
    /// Lower-case ASCII letters and digits, other runs replaced by one underscore: "Washington, D.C." → "washington_d_c",
    /// "Rzeszów" → "rzeszow".
    public static func slug(_ name: String) -> String {
        var out = ""
        var pendingUnderscore = false
        let folded = name.decomposedStringWithCanonicalMapping.lowercased()
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingUnderscore && !out.isEmpty { out.append("_") }
                pendingUnderscore = false
                out.unicodeScalars.append(scalar)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingUnderscore = true
            }
        }
        return out.isEmpty ? "place" : out
    }
}

/// Azimuths as a map desk reads them.
public enum Bearing {
    /// `degrees` (any range, e.g. geod_inverse's (-180, 180]) as a compass bearing in [0, 360).
    public static func compass(_ degrees: Double) -> Double {
        let wrapped = degrees.truncatingRemainder(dividingBy: 360)
        let bearing = wrapped < 0 ? wrapped + 360 : wrapped
        return bearing >= 360 ? 0 : bearing
    }
}
