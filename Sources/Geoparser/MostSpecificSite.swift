import Gazetteer

/// The most specific place wins a site role (venue, deployment, meeting): when a country or admin-1 unit plays one
/// and a place inside it plays the same in the same document ("jets head to Poland" … "jets to Rzeszow, in
/// Poland"), the container's mentions with that role become plain mentions, without evidence: the inner place is
/// the site the story means.
///
/// Inside means: a city, airport, air base, facility or admin-1 unit of the same country for a country; a city,
/// airport, air base or facility with the same admin-1 code for an admin-1 unit. Occupation is not a site role:
/// "occupied Ukraine" and "occupied Donetsk" both stand. Applied to the mentions resolved together (the whole
/// document, or one window of a very long one).
enum MostSpecificSite {
    static let siteRoles: Set<PlaceRole> = [.venue, .deployment, .meeting]

    static func apply(_ mentions: inout [Mention]) {
        var innerRoles: [(place: Place, role: PlaceRole)] = []
        var seen = Set<String>()
        for mention in mentions where siteRoles.contains(mention.role) {
            guard let place = mention.place, seen.insert("\(place.id)|\(mention.role.rawValue)").inserted else { continue }
            innerRoles.append((place, mention.role))
        }
        for k in mentions.indices where siteRoles.contains(mentions[k].role) {
            guard let outer = mentions[k].place, outer.kind == .country || outer.kind == .admin1 else { continue }
            let role = mentions[k].role
            if innerRoles.contains(where: { $0.role == role && contains(outer, $0.place) }) {
                mentions[k].role = .mention
                mentions[k].evidence = ""
            }
        }
    }

    /// Whether `inner` lies inside `outer` by the gazetteer's codes (no geometry).
    static func contains(_ outer: Place, _ inner: Place) -> Bool {
        guard outer.id != inner.id, let code = outer.countryCode, inner.countryCode == code else { return false }
        switch (outer.kind, inner.kind) {
        case (.country, .city), (.country, .airport), (.country, .airbase), (.country, .facility), (.country, .admin1):
            return true
        case (.admin1, .city), (.admin1, .airport), (.admin1, .airbase), (.admin1, .facility):
            guard let unit = outer.admin1Code ?? outer.id.split(separator: ":").last.map(String.init) else { return false }
            return inner.admin1Code == unit
        default:
            return false
        }
    }
}
