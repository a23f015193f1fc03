import GEOS
import Proj
import GeoJSON
@testable import Atlas

/// Synthetic shapes for the overlay specifications: a square "country" two degrees on a side
/// (30°–32° E, 48°–50° N) and rectangles in it, so that every expected area is the geodesic area of a
/// rectangle measured independently of the overlay.
enum OverlayTestShapes {
    static func rectangle(west: Double, south: Double, east: Double, north: Double) -> GeoJSON.Geometry {
        .polygon([[
            Position(longitude: west, latitude: south), Position(longitude: east, latitude: south),
            Position(longitude: east, latitude: north), Position(longitude: west, latitude: north),
            Position(longitude: west, latitude: south),
        ]])
    }

    static func squareKm2(_ geometry: GeoJSON.Geometry) throws -> Double {
        try Proj.Geodesic.wgs84.area(of: geometry).squareMeters / 1e6
    }

    static let outline = rectangle(west: 30, south: 48, east: 32, north: 50)

    /// West and east halves (UA-05, UA-14 claimed), a claimed unit astride the line (UA-23) and a unit that sticks
    /// out of the outline to the east (UA-63, 31.5°–33° E, clipped to 31.5°–32°).
    static func boundaries() throws -> UkraineBoundaries {
        try UkraineBoundaries(outline: GEOS.Geometry(outline), oblasts: [
            OblastBoundary(code: "UA-05", name: "West", geometry: try GEOS.Geometry(rectangle(west: 30, south: 48, east: 31, north: 50))),
            OblastBoundary(code: "UA-14", name: "Donetsk", geometry: try GEOS.Geometry(rectangle(west: 31, south: 49, east: 32, north: 50))),
            OblastBoundary(code: "UA-23", name: "Zaporizhzhia", geometry: try GEOS.Geometry(rectangle(west: 30.5, south: 48, east: 31.5, north: 49))),
            OblastBoundary(code: "UA-63", name: "Kharkiv", geometry: try GEOS.Geometry(rectangle(west: 31.5, south: 48, east: 33, north: 49))),
        ])
    }

    /// A straight line due north along 31° E from the sea south of the country to beyond its northern border.
    static func meridianLine(side: ContactLine.HeldSide = .right, extras: [ContactLine.ExtraHeldArea] = []) throws -> ContactLine {
        try ContactLine(
            date: CalendarDate("2025-07-01"), title: "test line", note: "synthetic", heldSide: side,
            waypoints: [47.5, 48.5, 49.5, 50.5].map { ContactLine.Waypoint(name: "\($0)", position: Position(longitude: 31, latitude: $0)) },
            extraHeldAreas: extras)
    }
}
