import Foundation
import Gazetteer

extension ContactLineArchive {
    /// The lines shipped in `GeoData/contact-lines/`, in the GeoData folder the gazetteer uses
    /// (`Gazetteer.locateGeoData()`: `$NEWSMAP_GEODATA`, then the package's `GeoData/`, then `./GeoData`).
    /// - Throws: `OverlayError.unreadable` when no GeoData folder is found; the errors of ``init(directory:)``.
    public static func bundled() throws(OverlayError) -> ContactLineArchive {
        let geoData: String
        do { geoData = try Gazetteer.locateGeoData() } catch {
            throw .unreadable(path: "GeoData/contact-lines", reason: "\(error) (set NEWSMAP_GEODATA to the GeoData folder)")
        }
        return try ContactLineArchive(directory: (geoData as NSString).appendingPathComponent("contact-lines"))
    }
}
