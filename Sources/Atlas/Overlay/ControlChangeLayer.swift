import GEOS
import GeoJSON

extension ControlChange {
    /// One polygon feature per oblast and direction (`kind` "gained" or "lost"), with `name`, `id`, `area_km2`,
    /// `from` and `to`; the totals and per-oblast figures sit in the foreign member `change`.
    public func featureCollection() -> FeatureCollection {
        var features: [Feature] = []
        for oblast in oblasts {
            if let gained = oblast.gained { features.append(feature(oblast, gained, oblast.gainedKm2, kind: "gained")) }
            if let lost = oblast.lost { features.append(feature(oblast, lost, oblast.lostKm2, kind: "lost")) }
        }
        return FeatureCollection(features: features, foreignMembers: ["change": summary()])
    }

    /// The `--json` summary: `from`, `to` (source and date of each snapshot), `gained_km2`, `lost_km2`, `net_km2`
    /// and `oblasts` with `id`, `name`, `gained_km2`, `lost_km2`.
    public func summary() -> JSONValue {
        .object([
            "from": snapshot(old), "to": snapshot(new),
            "gained_km2": .number(gainedKm2), "lost_km2": .number(lostKm2), "net_km2": .number(netKm2),
            "oblasts": .array(oblasts.map { oblast in
                .object([
                    "id": .string(oblast.code), "name": .string(oblast.name),
                    "gained_km2": .number(oblast.gainedKm2), "lost_km2": .number(oblast.lostKm2),
                ])
            }),
        ])
    }

    private func snapshot(_ held: HeldArea) -> JSONValue {
        .object([
            "as_of": held.asOf.map { .string($0.description) } ?? .null, "source": .string(held.source),
            "notes": .array(held.notes.map { .string($0) }),
        ])
    }

    private func feature(_ oblast: OblastChange, _ geometry: GeoJSONGeometry, _ km2: Double, kind: String) -> Feature {
        var properties: JSONObject = [
            "kind": .string(kind), "name": .string(oblast.name), "id": .string(oblast.code), "area_km2": .number(km2),
            "from": .string(old.asOf?.description ?? old.source), "to": .string(new.asOf?.description ?? new.source),
        ]
        let gainedSide = kind == "gained"
        let colour = gainedSide ? RolePalette.occupied : RolePalette.meeting
        SimpleStyle.area(
            stroke: colour, fill: gainedSide ? RolePalette.occupiedFill : RolePalette.meeting, fillOpacity: 0.5,
            title: "\(oblast.name): \(gainedSide ? "newly held" : "no longer held")",
            description: "\(OccupationOverlay.km2(km2)) km² \(gainedSide ? "taken" : "given up") between "
                + "\(old.asOf?.description ?? old.source) and \(new.asOf?.description ?? new.source)"
        ).apply(to: &properties)
        return Feature(geometry: geometry, properties: properties)
    }
}
