import Foundation
import GeoJSON
import Gazetteer
import Geoparser

/// What the map layers ask of a gazetteer beyond recognition: a place by name (the reference points of
/// deployment figures), a country's capital, and the polygon of a country or admin-1 unit.
///
/// The bundled `Gazetteer` conforms (`Gazetteer+PlaceLookup.swift`); tests and callers with their
/// own place lists use ``DirectoryPlaceLookup``.
public protocol PlaceLookup: Sendable {
    /// The best place of that name.
    /// - Throws: `GazetteerError.unknownName` when no place has the name.
    func bestPlace(named name: String) throws(GazetteerError) -> Place
    /// The national capital of a country (ISO 3166-1 alpha-2 code), if known.
    func capital(ofCountry code: String) -> Place?
    /// The country with that ISO 3166-1 alpha-2 code, if known.
    func country(code: String) -> Place?
    /// The polygon (WGS84 degrees) of a country, admin-1 unit or region; nil for points and unknown places.
    func boundary(of place: Place) -> GeoJSON.Geometry?
}

/// A ``PlaceLookup`` over any `PlaceDirectory` and a table of polygons keyed by place id.
///
/// ```swift
/// let lookup = DirectoryPlaceLookup(directory: inMemory, boundaries: ["iso3166-2:UA-14": donetskPolygon])
/// let moscow = try lookup.bestPlace(named: "Moscow")
/// ```
public struct DirectoryPlaceLookup: PlaceLookup {
    public let directory: any PlaceDirectory
    public let boundaries: [String: GeoJSON.Geometry]

    public init(directory: any PlaceDirectory, boundaries: [String: GeoJSON.Geometry] = [:]) {
        self.directory = directory
        self.boundaries = boundaries
    }

    public func bestPlace(named name: String) throws(GazetteerError) -> Place {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .emptyName }
        guard let best = directory.candidates(for: trimmed, country: nil, kind: nil, limit: 1).first else {
            throw .unknownName(trimmed, suggestions: [])
        }
        return best.place
    }

    public func capital(ofCountry code: String) -> Place? { directory.capital(ofCountry: code) }
    public func country(code: String) -> Place? { directory.country(code: code) }
    public func boundary(of place: Place) -> GeoJSON.Geometry? { boundaries[place.id] }
}
