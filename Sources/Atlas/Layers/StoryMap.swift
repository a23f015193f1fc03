import Gazetteer
import GeoJSON
import GEOS
import Geoparser

/// The map layers of one story and the figures that answer its questions.
///
/// ```swift
/// let story = Story.read(article, with: extractor)
/// let map = try StoryMap.build(from: story, lookup: gazetteer, options: StoryMapOptions(ringKilometers: 1000))
/// map.layer(.venues)?.features.count
/// print(SummaryTable.render(map.summary))
/// ```
public struct StoryMap: Sendable {
    /// The layers produced, in ``LayerName`` order. `occupied` is present only when the story speaks of occupied
    /// territory, `rings` only with a ring radius; the others always (possibly empty).
    public var layers: [(name: LayerName, collection: FeatureCollection)]
    public var summary: StorySummary
    /// Things the caller should know (a reference place missing from the gazetteer), one line each.
    public var warnings: [String]

    public func layer(_ name: LayerName) -> FeatureCollection? {
        layers.first { $0.name == name }?.collection
    }

    public static func build(from story: Story, lookup: any PlaceLookup, options: StoryMapOptions = StoryMapOptions()) throws(AtlasError) -> StoryMap {
        var builder = StoryMapBuilder(story: story, lookup: lookup, options: options)
        return try builder.build()
    }
}

/// The steps of ``StoryMap/build(from:lookup:options:)``.
struct StoryMapBuilder {
    let story: Story
    let lookup: any PlaceLookup
    let options: StoryMapOptions
    var warnings: [String] = []

    init(story: Story, lookup: any PlaceLookup, options: StoryMapOptions) {
        self.story = story
        self.lookup = lookup
        self.options = options
    }

    mutating func build() throws(AtlasError) -> StoryMap {
        let places = story.extraction.places
        let capitals = ReferenceCapitals.choose(for: story.extraction, lookup: lookup, count: options.capitalCount)
        let venues = places.filter { $0.roles.contains(.venue) }
        let deployments = places.filter { $0.roles.contains(.deployment) }
        let meetings = places.filter { $0.roles.contains(.meeting) }
        let occupiedPlaces = places.filter { $0.roles.contains(.occupied) }
        let speaksOfOccupation = story.extraction.mentions.contains { $0.role == .occupied }

        let territory = speaksOfOccupation
            ? try options.occupiedSource.territory(for: story, occupiedPlaces: occupiedPlaces, lookup: lookup) : nil
        let references = deployments.isEmpty ? [] : referencePlaces()

        var venueFeatures: [Feature] = [], venueSummaries: [StorySummary.Venue] = []
        var routeFeatures: [Feature] = []
        for entry in venues {
            var figures: [GeodesicFigure] = []
            for reference in capitals where reference.capital.id != entry.place.id {
                let figure: GeodesicFigure
                do { figure = try GeodesicFigure.between(entry.place.coordinate, and: reference.capital, direction: .fromReference) } catch {
                    throw .geodesic(error.description)
                }
                figures.append(figure)
                routeFeatures.append(try GreatCircleRoute.feature(from: entry.place, to: reference.capital))
            }
            venueSummaries.append(StorySummary.Venue(place: entry.place, fromCapitals: figures))
            venueFeatures.append(pointFeature(entry, layerRole: .venue) { properties in
                for figure in figures { Self.put(figure, into: &properties) }
            })
        }

        var deploymentFeatures: [Feature] = [], deploymentSummaries: [StorySummary.Deployment] = []
        var ringFeatures: [Feature] = []
        for entry in deployments {
            let site = entry.place.coordinate
            let toOccupied = try territory?.heldArea.map { area throws(AtlasError) in try NearestAreaPoint.find(from: site, on: area) }
            var figures: [GeodesicFigure] = []
            for reference in references where reference.id != entry.place.id {
                do { figures.append(try GeodesicFigure.between(site, and: reference, direction: .toReference)) } catch {
                    throw .geodesic(error.description)
                }
            }
            deploymentSummaries.append(StorySummary.Deployment(place: entry.place, toOccupied: toOccupied, toReferences: figures))
            deploymentFeatures.append(pointFeature(entry, layerRole: .deployment) { properties in
                if let toOccupied {
                    properties["distance_km_to_occupied"] = .number(FigureFormat.round(toOccupied.meters / 1000, decimals: 3))
                    properties["azimuth_deg_to_occupied"] = .number(FigureFormat.round(toOccupied.azimuthDegrees, decimals: 2))
                    properties["nearest_occupied_lat"] = .number(FigureFormat.round(toOccupied.point.latitude, decimals: 6))
                    properties["nearest_occupied_lon"] = .number(FigureFormat.round(toOccupied.point.longitude, decimals: 6))
                }
                for figure in figures { Self.put(figure, into: &properties) }
                if let km = options.ringKilometers { properties["ring_km"] = .number(km) }
            })
            if let km = options.ringKilometers {
                ringFeatures.append(try RangeRing.feature(around: site, name: entry.place.name, id: entry.place.id, radiusKilometers: km))
            }
        }

        let meetingFeatures = meetings.map { pointFeature($0, layerRole: .meeting) { _ in } }
        let placeFeatures = try placesLayer(places)

        var layers: [(name: LayerName, collection: FeatureCollection)] = []
        let generator = GeneratorMember.value(story.extraction.generator)
        func add(_ name: LayerName, _ features: [Feature]) {
            layers.append((name, FeatureCollection(features: features, foreignMembers: ["generator": generator])))
        }
        add(.venues, venueFeatures)
        add(.deployments, deploymentFeatures)
        add(.meetings, meetingFeatures)
        add(.places, placeFeatures)
        if let territory { add(.occupied, territory.features) }
        add(.routes, routeFeatures)
        if options.ringKilometers != nil { add(.rings, ringFeatures) }

        let summary = StorySummary(
            generator: story.extraction.generator, capitals: capitals, venues: venueSummaries,
            deployments: deploymentSummaries, meetings: meetings.map(\.place),
            occupied: speaksOfOccupation ? occupiedPlaces.map(\.place) : nil, occupiedMethod: territory?.method,
            ringKilometers: options.ringKilometers, placeCount: places.count,
            layerCounts: layers.map { ($0.name, $0.collection.features.count) })
        return StoryMap(layers: layers, summary: summary, warnings: warnings)
    }

    /// The deployment reference places found in the gazetteer; a missing one becomes a warning.
    private mutating func referencePlaces() -> [Place] {
        var found: [Place] = []
        for name in options.deploymentReferenceNames {
            do {
                found.append(try lookup.bestPlace(named: name))
            } catch {
                warnings.append("deployment reference place '\(name)' not in the gazetteer (\(error)); its distances are left out")
            }
        }
        return found
    }

    /// A place's Point feature for a role layer: the common properties, the layer's figures, then simplestyle.
    private func pointFeature(_ entry: PlaceInDocument, layerRole: PlaceRole, figures: (inout JSONObject) -> Void) -> Feature {
        var properties = PlaceProperties.of(entry, in: story)
        figures(&properties)
        PlaceProperties.markerStyle(role: layerRole, place: entry.place,
                                    description: PlaceProperties.description(of: properties, role: layerRole))
            .apply(to: &properties)
        return Feature(geometry: .point(entry.place.coordinate), properties: properties)
    }

    /// Every resolved place as a Point styled by its strongest role; countries and admin-1 units add their polygon
    /// (simplified for display) as a separate feature right after the point.
    private func placesLayer(_ places: [PlaceInDocument]) throws(AtlasError) -> [Feature] {
        var features: [Feature] = []
        for entry in places {
            features.append(pointFeature(entry, layerRole: entry.role) { properties in
                properties["feature"] = "point"
            })
            guard entry.place.kind == .country || entry.place.kind == .admin1,
                  let boundary = lookup.boundary(of: entry.place) else { continue }
            var properties = PlaceProperties.of(entry, in: story)
            properties["feature"] = "boundary"
            properties["simplified_tolerance_deg"] = .number(options.boundarySimplificationDegrees)
            SimpleStyle.area(stroke: RolePalette.boundary, fill: RolePalette.boundary, fillOpacity: 0.08,
                             title: "\(entry.place.name) (boundary)",
                             description: PlaceProperties.description(of: properties, role: entry.role), strokeWidth: 1)
                .apply(to: &properties)
            features.append(Feature(geometry: try BoundarySimplifier.simplify(boundary, toleranceDegrees: options.boundarySimplificationDegrees),
                                    properties: properties))
        }
        return features
    }

    private static func put(_ figure: GeodesicFigure, into properties: inout JSONObject) {
        properties[figure.distanceKey] = .number(FigureFormat.round(figure.kilometers, decimals: 3))
        properties[figure.azimuthKey] = .number(FigureFormat.round(figure.azimuthDegrees, decimals: 2))
    }
}

/// The `"generator"` foreign member every layer and the summary carry.
public enum GeneratorMember {
    public static func value(_ generator: Generator) -> JSONValue {
        ["name": "NewsMap", "newsmap_version": .string(generator.newsMapVersion), "geodata_version": .string(generator.geoDataVersion)]
    }
}

/// Topology-preserving simplification (GEOS) of polygons for display.
public enum BoundarySimplifier {
    public static func simplify(_ geometry: GeoJSON.Geometry, toleranceDegrees: Double) throws(AtlasError) -> GeoJSON.Geometry {
        guard toleranceDegrees > 0 else { return geometry }
        do {
            return try GEOS.Geometry(geometry).simplified(tolerance: toleranceDegrees).geoJSON()
        } catch {
            throw .geometry("simplifying a boundary: \(error)")
        }
    }
}
