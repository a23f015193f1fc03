/// Choices a caller makes about a story map.
public struct StoryMapOptions: Sendable {
    /// Radius of the range ring around each deployment site, kilometres; nil writes no `rings` layer.
    public var ringKilometers: Double?
    /// How many of the most-mentioned countries give the capitals venue distances are measured from.
    public var capitalCount: Int
    /// The reference points of every deployment site, looked up by name: story-agnostic on purpose. Sevastopol is
    /// the base of Russia's Black Sea Fleet and Moscow the seat of its government, the two places the reach of a
    /// NATO deployment on the eastern flank is reported against.
    public var deploymentReferenceNames: [String]
    /// Tolerance of the topology-preserving simplification of country and admin-1 polygons in the `places`
    /// layer, degrees (0.01° ≈ 1.1 km); 0 keeps them as the gazetteer has them. Figures never use the simplified shapes.
    public var boundarySimplificationDegrees: Double
    /// Where the `occupied` layer comes from.
    public var occupiedSource: any OccupiedTerritorySource

    public static let defaultDeploymentReferenceNames = ["Sevastopol", "Moscow"]

    public init(
        ringKilometers: Double? = nil, capitalCount: Int = 3,
        deploymentReferenceNames: [String] = StoryMapOptions.defaultDeploymentReferenceNames,
        boundarySimplificationDegrees: Double = 0.01,
        occupiedSource: any OccupiedTerritorySource = ClaimedUnitsTerritory()
    ) {
        self.ringKilometers = ringKilometers
        self.capitalCount = capitalCount
        self.deploymentReferenceNames = deploymentReferenceNames
        self.boundarySimplificationDegrees = boundarySimplificationDegrees
        self.occupiedSource = occupiedSource
    }
}
