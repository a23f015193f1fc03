import Foundation
@testable import Gazetteer

/// The GeoData shipped in this repository, loaded once for all tests.
enum BundledGeoData {
    /// <package>/GeoData, found from this file's path (<package>/Tests/GazetteerTests/BundledGeoData.swift).
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("GeoData").path

    private static let loaded = Result { try Gazetteer.load(from: directory) }

    static func gazetteer() throws -> Gazetteer { try loaded.get() }
}
