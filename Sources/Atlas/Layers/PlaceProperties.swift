import Gazetteer
import GeoJSON
import Geoparser

/// The properties a map desk reads off every place feature: `name`, `id`, `kind`, `country`, `role`, `roles`,
/// `mentions`, `quote`, `evidence`, `confidence`.
///
/// `quote`, `evidence` come from the place's strongest mention: the one with its strongest role, then the highest
/// confidence, then the earliest. `confidence` is the highest confidence among its mentions (0...1, 3 decimals).
///
/// ```swift
/// let properties = PlaceProperties.of(entry, in: story)
/// properties["quote"]   // "The White House is looking at Budapest as a location for a possible summit …"
/// ```
public enum PlaceProperties {
    public static func of(_ entry: PlaceInDocument, in story: Story) -> JSONObject {
        let place = entry.place
        var properties: JSONObject = [:]
        properties["name"] = .string(place.name)
        properties["id"] = .string(place.id)
        properties["kind"] = .string(place.kind.rawValue)
        properties["country"] = place.countryCode.map(JSONValue.string) ?? .null
        properties["role"] = .string(entry.role.rawValue)
        properties["roles"] = .array(entry.roles.map { .string($0.rawValue) })
        properties["mentions"] = .number(Double(entry.mentionCount))
        if let strongest = strongestMention(of: entry, in: story.extraction) {
            properties["quote"] = .string(story.sentence(of: strongest))
            properties["evidence"] = .string(strongest.evidence)
        } else {
            properties["quote"] = ""
            properties["evidence"] = ""
        }
        let confidence = entry.mentionIndices.map { story.extraction.mentions[$0].confidence }.max() ?? 0
        properties["confidence"] = .number(FigureFormat.round(confidence, decimals: 3))
        return properties
    }

    /// The mention that speaks for the place: its strongest role, then highest confidence, then first.
    public static func strongestMention(of entry: PlaceInDocument, in extraction: Extraction) -> Mention? {
        var best: Mention?
        for index in entry.mentionIndices where extraction.mentions.indices.contains(index) {
            let mention = extraction.mentions[index]
            guard let current = best else { best = mention; continue }
            if mention.role < current.role || (mention.role == current.role && mention.confidence > current.confidence) {
                best = mention
            }
        }
        return best
    }

    /// The simplestyle of a place's marker, by role.
    public static func markerStyle(role: PlaceRole, place: Place, description: String) -> SimpleStyle {
        switch role {
        case .venue: .point(color: RolePalette.venue, symbol: "star", title: place.name, description: description, size: "large")
        case .deployment: .point(color: RolePalette.deployment, symbol: "airfield", title: place.name, description: description, size: "large")
        case .meeting: .point(color: RolePalette.meeting, symbol: "town-hall", title: place.name, description: description)
        case .occupied: .point(color: RolePalette.occupied, symbol: "danger", title: place.name, description: description)
        case .mention: .point(color: RolePalette.mention, symbol: "circle", title: place.name, description: description, size: "small")
        }
    }

    /// A one-line description for popups: role and the quote.
    public static func description(of properties: JSONObject, role: PlaceRole) -> String {
        if case .string(let quote)? = properties["quote"], !quote.isEmpty { return "\(role.rawValue): \(quote)" }
        return role.rawValue
    }
}
