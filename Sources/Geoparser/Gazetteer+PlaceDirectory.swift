import Gazetteer

/// The bundled gazetteer answers every question the geoparser asks; its API was written to match.
extension Gazetteer: PlaceDirectory {}
