import Atlas
import Gazetteer
import GeoJSON
import Proj
import Testing

@Suite("Geodesic figures of venues and deployment sites")
struct FigureTests {
    @Test("Budapest is 901.5 km from Kyiv and 1,572.5 km from Moscow (GeoNames coordinates; FACTS.md, ±0.5 km)")
    func budapestFromCapitals() throws {
        let kyiv = try GeodesicFigure.between(Fixtures.budapest.coordinate, and: Fixtures.kyiv, direction: .fromReference)
        let moscow = try GeodesicFigure.between(Fixtures.budapest.coordinate, and: Fixtures.moscow, direction: .fromReference)
        #expect(abs(kyiv.kilometers - 901.5) <= 0.5)
        #expect(abs(moscow.kilometers - 1572.5) <= 0.5)
        // The reference value with these coordinates, to the metre.
        #expect(abs(moscow.meters - 1_572_523.2545) < 1)
        #expect(kyiv.distanceKey == "distance_km_from_kyiv" && kyiv.azimuthKey == "azimuth_deg_from_kyiv")
    }

    @Test("a venue azimuth is the bearing at the capital towards the venue; a deployment azimuth the bearing at the site")
    func azimuthEnds() throws {
        let fromKyiv = try GeodesicFigure.between(Fixtures.budapest.coordinate, and: Fixtures.kyiv, direction: .fromReference)
        let toKyiv = try GeodesicFigure.between(Fixtures.budapest.coordinate, and: Fixtures.kyiv, direction: .toReference)
        // FACTS.md: Budapest → Kyiv azi1 64.367952103°, azi2 73.046876257°, so Kyiv → Budapest starts at
        // 73.046876257 + 180 = 253.046876257° (as a compass bearing in [0, 360)).
        #expect(abs(toKyiv.azimuthDegrees - 64.367952103) < 1e-6)
        #expect(abs(fromKyiv.azimuthDegrees - 253.046876257) < 1e-6)
        #expect(toKyiv.distanceKey == "distance_km_to_kyiv")
    }

    @Test("MK air base (icao:LRCK) is 401 km from Sevastopol (±3 km; 401,243.50 m with GeoNames coordinates)")
    func lrckToSevastopol() throws {
        let figure = try GeodesicFigure.between(Fixtures.lrck.coordinate, and: Fixtures.sevastopol, direction: .toReference)
        #expect(abs(figure.kilometers - 401) <= 3)
        #expect(abs(figure.meters - 401_243.50) < 1)
    }

    @Test("bearings are compass bearings in [0, 360)")
    func compassBearings() {
        #expect(Bearing.compass(-106.95) == 253.05)
        #expect(Bearing.compass(180) == 180 && Bearing.compass(-180) == 180)
        #expect(Bearing.compass(360) == 0 && Bearing.compass(-0.0) == 0)
    }

    @Test("property keys from names are plain ASCII: diacritics dropped, punctuation and spaces become one underscore")
    func slugs() {
        #expect(PropertyKey.slug("Washington, D.C.") == "washington_d_c")
        #expect(PropertyKey.slug("Rzeszów") == "rzeszow")
        #expect(PropertyKey.slug("Mihail Kogălniceanu Air Base") == "mihail_kogalniceanu_air_base")
    }

    @Test("the nearest point of an area agrees with a brute-force geodesic search along its edge (within 10 m)")
    func nearestPointMatchesBruteForce() throws {
        let nearest = try NearestAreaPoint.find(from: Fixtures.lrck.coordinate, on: Fixtures.donetskBox)
        // The box's nearest edges are its west side (37° E) and south side (47° N): sample both every 0.0005°.
        var best = Double.infinity
        for step in 0...4400 {
            let west = Position(lat: 47.0 + Double(step) * 0.0005, lon: 37.0)
            best = min(best, try Geodesic.wgs84.inverse(from: Fixtures.lrck.coordinate, to: west).meters)
        }
        for step in 0...4000 {
            let south = Position(lat: 47.0, lon: 37.0 + Double(step) * 0.0005)
            best = min(best, try Geodesic.wgs84.inverse(from: Fixtures.lrck.coordinate, to: south).meters)
        }
        #expect(!nearest.siteIsInside)
        #expect(abs(nearest.meters - best) < 10, "nearest \(nearest.meters) m, brute force \(best) m")
    }

    @Test("a site inside the area is 0 km from it")
    func insideIsZero() throws {
        let nearest = try NearestAreaPoint.find(from: Position(lat: 48.0, lon: 38.0), on: Fixtures.donetskBox)
        #expect(nearest.siteIsInside && nearest.meters == 0)
    }

    @Test("a 3,000 km ring around Anchorage crosses the antimeridian and is split into a MultiPolygon")
    func anchorageRing() throws {
        let ring = try RangeRing.feature(around: Fixtures.anchorage.coordinate, name: "Anchorage", id: Fixtures.anchorage.id, radiusKilometers: 3000)
        guard case .multiPolygon(let parts)? = ring.geometry else {
            Issue.record("expected a MultiPolygon, got \(ring.geometry?.typeName ?? "nothing")")
            return
        }
        #expect(parts.count == 2)
        #expect(ring.properties["split_at_antimeridian"] == .bool(true))
        for key in SimpleStyle.requiredKeys { #expect(ring.properties[key] != nil, "missing \(key)") }
        let text = GeoJSONWriter(precision: 6).string(FeatureCollection(features: [ring]))
        #expect(RFC7946Validator.validate(text: text).isEmpty)
        // Every vertex off the antimeridian lies 3,000 km from Anchorage (to a metre, after 6-decimal rounding).
        for position in parts.flatMap({ $0[0] }) where abs(position.longitude) < 180 {
            let meters = try Geodesic.wgs84.inverse(from: Fixtures.anchorage.coordinate, to: position).meters
            #expect(abs(meters - 3_000_000) < 1)
        }
    }

    @Test("a ring of zero or negative radius is refused with a clear error")
    func badRadius() {
        #expect(throws: AtlasError.self) { try RangeRing.geometry(around: Fixtures.lrck.coordinate, radiusKilometers: 0) }
        #expect(throws: AtlasError.self) { try RangeRing.geometry(around: Fixtures.lrck.coordinate, radiusKilometers: -.infinity) }
    }

    @Test("a route across the Bering Strait is a MultiLineString split at ±180°")
    func routeSplitAtAntimeridian() throws {
        let tokyo = Fixtures.city("geonames:1850147", "Tokyo", "JP", lat: 35.6895, lon: 139.69171)
        let route = try GreatCircleRoute.feature(from: Fixtures.anchorage, to: tokyo)
        guard case .multiLineString(let parts)? = route.geometry else {
            Issue.record("expected a MultiLineString")
            return
        }
        #expect(parts.count == 2)
        #expect(parts[0].last?.longitude == -180 && parts[1].first?.longitude == 180)
        #expect(parts[0].last?.latitude == parts[1].first?.latitude)
    }
}
