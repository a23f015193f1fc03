import Gazetteer
import Geoparser

/// The figures of a story map, for the printed table and `summary.json`.
public struct StorySummary: Sendable {
    /// A venue with its distances from the reference capitals.
    public struct Venue: Sendable {
        public var place: Place
        public var fromCapitals: [GeodesicFigure]
    }

    /// A deployment site with its distances to the occupied territory and the reference places.
    public struct Deployment: Sendable {
        public var place: Place
        /// Nil when the story does not speak of occupied territory or no area could be drawn.
        public var toOccupied: NearestAreaPoint?
        public var toReferences: [GeodesicFigure]
    }

    public var generator: Generator
    public var capitals: [ReferenceCapital]
    public var venues: [Venue]
    public var deployments: [Deployment]
    public var meetings: [Place]
    /// Places with the occupied role; nil when the story does not speak of occupied territory.
    public var occupied: [Place]?
    public var occupiedMethod: String?
    public var ringKilometers: Double?
    public var placeCount: Int
    /// Feature count of each layer written, in layer order.
    public var layerCounts: [(layer: LayerName, features: Int)]
}
