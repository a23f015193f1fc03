import GEOS
import GeoJSON

/// One first-level unit of Ukraine (oblast, autonomous republic or city with special status).
public struct OblastBoundary: Sendable {
    /// ISO 3166-2 code, e.g. "UA-14".
    public let code: String
    /// The name news uses ("Donetsk", "Zaporizhzhia", "Crimea").
    public let name: String
    /// The unit's polygon as the data source gives it (it may stick out of the country outline).
    public let geometry: GEOS.Geometry

    public init(code: String, name: String, geometry: GEOS.Geometry) {
        self.code = code
        self.name = name
        self.geometry = geometry
    }
}

/// The inputs every overlay figure is computed on: the country outline and its first-level units.
public struct UkraineBoundaries: Sendable {
    /// Ukraine de jure (Crimea included), Polygon or MultiPolygon, longitude/latitude degrees; valid.
    public let outline: GEOS.Geometry
    /// The units, each valid.
    public let oblasts: [OblastBoundary]
    /// Shapes that were invalid as given (rounded source coordinates can make a ring touch itself) and were
    /// repaired with make-valid, with GEOS's reason.
    public let repairs: [String]

    /// - Throws: `OverlayError.invalidBoundaries` for an empty outline; `GEOSError` if a repair fails.
    public init(outline: GEOS.Geometry, oblasts: [OblastBoundary]) throws {
        guard try !outline.isEmpty() else { throw OverlayError.invalidBoundaries("the outline is empty") }
        var repairs: [String] = []
        func repaired(_ geometry: GEOS.Geometry, _ label: String) throws -> GEOS.Geometry {
            guard try !geometry.isValid() else { return geometry }
            repairs.append("\(label): \(try geometry.validityReason()); repaired with make-valid")
            return try OverlayGeometry.polygonal(geometry.makeValid())
        }
        self.outline = try repaired(outline, "outline")
        self.oblasts = try oblasts.map {
            OblastBoundary(code: $0.code, name: $0.name, geometry: try repaired($0.geometry, $0.code))
        }
        self.repairs = repairs
    }
}

/// Ukraine's first-level units by ISO 3166-2 code, with the names English-language news uses.
public enum UkrainianOblasts {
    /// The units Russia claims as annexed: Crimea, Sevastopol, Luhansk, Donetsk, Zaporizhzhia, Kherson (in that order).
    public static let claimedCodes = ["UA-43", "UA-40", "UA-09", "UA-14", "UA-23", "UA-65"]

    /// News spelling of every unit, by ISO 3166-2 code (27 units).
    public static let newsNames: [String: String] = [
        "UA-05": "Vinnytsia", "UA-07": "Volyn", "UA-09": "Luhansk", "UA-12": "Dnipropetrovsk",
        "UA-14": "Donetsk", "UA-18": "Zhytomyr", "UA-21": "Zakarpattia", "UA-23": "Zaporizhzhia",
        "UA-26": "Ivano-Frankivsk", "UA-30": "Kyiv City", "UA-32": "Kyiv Oblast", "UA-35": "Kirovohrad",
        "UA-40": "Sevastopol", "UA-43": "Crimea", "UA-46": "Lviv", "UA-48": "Mykolaiv", "UA-51": "Odesa",
        "UA-53": "Poltava", "UA-56": "Rivne", "UA-59": "Sumy", "UA-61": "Ternopil", "UA-63": "Kharkiv",
        "UA-65": "Kherson", "UA-68": "Khmelnytskyi", "UA-71": "Cherkasy", "UA-74": "Chernihiv", "UA-77": "Chernivtsi",
    ]

    /// Every code, sorted.
    public static var codes: [String] { newsNames.keys.sorted() }

    /// True for the six units Russia claims.
    public static func isClaimed(_ code: String) -> Bool { claimedCodes.contains(code) }
}
