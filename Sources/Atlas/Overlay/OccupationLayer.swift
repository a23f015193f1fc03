import GeoJSON

extension OccupationOverlay {
    /// The occupied-territory layer (`occupied.geojson`): the held area, the outline of every listed oblast with
    /// its figures, and the Ukraine-held remainder of each claimed oblast, each with simplestyle styling.
    ///
    /// Properties: `kind` ("held_area", "oblast", "remainder"), `name` (news spelling), `id` (ISO 3166-2 code;
    /// "UA" for the held area), `area_km2` (geodesic area of the feature's own polygon); oblasts also
    /// `held_km2`, `held_share` (0–1) and `claimed`; remainders `remainder_km2`; every feature `as_of`, `source`
    /// and `note`. The collection carries the same in a foreign member `occupation`, with repair notes.
    public func featureCollection() -> FeatureCollection {
        var features = [heldFeature()]
        features += oblasts.map(oblastFeature)
        features += oblasts.compactMap(remainderFeature)
        return FeatureCollection(features: features, foreignMembers: ["occupation": .object(provenance())])
    }

    /// The `--json` summary: `held_km2`, `held_share_of_ukraine`, `ukraine_km2`, `as_of`, `source`, `note`,
    /// `notes`, and `oblasts` with the per-oblast figures.
    public func summary() -> JSONValue {
        var object = provenance()
        object["held_km2"] = .number(heldKm2)
        object["held_share_of_ukraine"] = .number(heldShareOfUkraine)
        object["ukraine_km2"] = .number(ukraineKm2)
        object["oblasts"] = .array(oblasts.map { oblast in
            .object([
                "id": .string(oblast.code), "name": .string(oblast.name), "claimed": .bool(oblast.isClaimed),
                "area_km2": .number(oblast.areaKm2), "held_km2": .number(oblast.heldKm2),
                "held_share": .number(oblast.heldShare), "remainder_km2": .number(oblast.remainderKm2),
            ])
        })
        return .object(object)
    }

    private func provenance() -> JSONObject {
        [
            "as_of": heldArea.asOf.map { .string($0.description) } ?? .null,
            "source": .string(heldArea.source),
            "note": .string(heldArea.note),
            "notes": .array(heldArea.notes.map { .string($0) }),
        ]
    }

    private func common(_ properties: inout JSONObject) {
        properties["as_of"] = heldArea.asOf.map { .string($0.description) } ?? .null
        properties["source"] = .string(heldArea.source)
        properties["note"] = .string(heldArea.note)
    }

    private func heldFeature() -> Feature {
        var properties: JSONObject = [
            "kind": "held_area", "name": "Russian-held territory of Ukraine", "id": "UA",
            "area_km2": .number(heldKm2), "held_km2": .number(heldKm2), "held_share": .number(heldShareOfUkraine),
            "ukraine_km2": .number(ukraineKm2),
        ]
        common(&properties)
        if !heldArea.notes.isEmpty { properties["repairs"] = .array(heldArea.notes.map { .string($0) }) }
        SimpleStyle.area(
            stroke: RolePalette.occupied, fill: RolePalette.occupiedFill, fillOpacity: 0.45,
            title: "Held by Russia", description: "\(Self.km2(heldKm2)) km², \(Self.percent(heldShareOfUkraine)) of Ukraine"
                + " (\(heldArea.source); \(heldArea.note))"
        ).apply(to: &properties)
        return Feature(geometry: heldGeometry, properties: properties)
    }

    private func oblastFeature(_ oblast: OblastOccupation) -> Feature {
        var properties: JSONObject = [
            "kind": "oblast", "name": .string(oblast.name), "id": .string(oblast.code), "claimed": .bool(oblast.isClaimed),
            "area_km2": .number(oblast.areaKm2), "held_km2": .number(oblast.heldKm2), "held_share": .number(oblast.heldShare),
        ]
        common(&properties)
        SimpleStyle.area(
            stroke: RolePalette.occupied, fill: RolePalette.occupied, fillOpacity: 0, title: oblast.name,
            description: "\(Self.km2(oblast.heldKm2)) of \(Self.km2(oblast.areaKm2)) km² held (\(Self.percent(oblast.heldShare)))"
                + (oblast.isClaimed ? "; claimed by Russia" : ""),
            strokeWidth: 1
        ).apply(to: &properties)
        return Feature(geometry: oblast.clipped, properties: properties)
    }

    private func remainderFeature(_ oblast: OblastOccupation) -> Feature? {
        guard let remainder = oblast.remainder else { return nil }
        var properties: JSONObject = [
            "kind": "remainder", "name": .string("\(oblast.name) (Ukraine-held remainder)"), "id": .string(oblast.code),
            "oblast": .string(oblast.name), "area_km2": .number(oblast.remainderKm2),
            "remainder_km2": .number(oblast.remainderKm2),
            "remainder_share": .number(oblast.areaKm2 > 0 ? oblast.remainderKm2 / oblast.areaKm2 : 0),
        ]
        common(&properties)
        SimpleStyle.area(
            stroke: RolePalette.remainder, fill: RolePalette.remainder, fillOpacity: 0.35,
            title: "\(oblast.name): Ukraine-held remainder",
            description: "\(Self.km2(oblast.remainderKm2)) km² of \(oblast.name) still held by Ukraine, claimed by Russia"
        ).apply(to: &properties)
        return Feature(geometry: remainder, properties: properties)
    }

    static func km2(_ value: Double) -> String {
        let whole = Int(value.rounded())
        let digits = String(abs(whole))
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        return (whole < 0 ? "-" : "") + grouped
    }

    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(abs(tenths % 10)) %"
    }
}
