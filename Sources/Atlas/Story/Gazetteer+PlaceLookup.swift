import Gazetteer

/// The bundled gazetteer serves the map layers directly: `capital(ofCountry:)`, `country(code:)` and `boundary(of:)`
/// are its own; `bestPlace(named:)` is its ranked `place(named:)`.
extension Gazetteer: PlaceLookup {
    public func bestPlace(named name: String) throws(GazetteerError) -> Place {
        do {
            return try place(named: name)
        } catch let error as GazetteerError {
            throw error
        } catch {
            throw .unknownName(name, suggestions: [])
        }
    }
}
