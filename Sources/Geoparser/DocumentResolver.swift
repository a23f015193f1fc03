import Gazetteer

/// A recognised mention waiting for the whole document before its place is chosen.
struct MentionDraft {
    var mention: Mention
    var candidates: [Candidate]
    /// How sure recognition is that the span is a place, 0...1.
    var recognition: Double
    /// Folded surface, for one sense per document.
    var key: String
    var hasLocativeCue: Bool
    /// The state or country named right after it ("Portland, Maine").
    var container: Place?
}

/// What the windows of a long document already decided: the place chosen for each folded name, and the weight
/// of each country among the unambiguous mentions. Small: one entry per distinct name and per country.
struct SenseMemory {
    var placeByKey: [String: String] = [:]
    var countryWeight: [String: Double] = [:]
}

/// Chooses each mention's place once the document (or a window of a long one) is read.
///
/// Each candidate's gazetteer score is raised by the weight of its country among the document's unambiguous
/// mentions (countries, adjectives, admin-1 units) and by a containing unit written after it ("X, Y"). One sense
/// per document: every mention of a name takes the place its best-supported mention chose. A small place (under
/// 15,000 inhabitants, or an unranked airfield) in a country the document does not otherwise name, with no
/// locative word before it, is dropped: such names are far more often people or things.
enum DocumentResolver {
    static let contextWeight = 0.3
    static let containerWeight = 0.4
    static let minorPopulation = 15_000

    static func resolve(_ drafts: [MentionDraft]) -> (mentions: [Mention], rejected: [RejectedSpan]) {
        var memory = SenseMemory()
        return resolve(drafts, memory: &memory)
    }

    /// Resolves one window of a document. `memory` holds what earlier windows chose (name → place, country
    /// weights) and is updated with this window's choices, so one sense per document holds across windows.
    /// With an empty memory this is exactly the whole-document resolution.
    static func resolve(_ drafts: [MentionDraft], memory: inout SenseMemory) -> (mentions: [Mention], rejected: [RejectedSpan]) {
        var countryWeight = memory.countryWeight
        for draft in drafts {
            guard let best = draft.candidates.first, let code = best.place.countryCode else { continue }
            let second = draft.candidates.dropFirst().first?.score ?? 0
            switch best.place.kind {
            case .country: countryWeight[code, default: 0] += 1
            case .admin1, .region: countryWeight[code, default: 0] += 0.6
            default:
                if best.score - second >= 0.1 || draft.mention.form != .name { countryWeight[code, default: 0] += 0.5 }
            }
        }
        // Summed in code order: a dictionary's own order changes from run to run, and with it the last bit.
        let total = max(2, countryWeight.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value })

        struct Choice { var ranked: [(candidate: Candidate, score: Double)] }
        var choices: [Choice] = drafts.map { draft in
            let ranked = draft.candidates.map { candidate -> (candidate: Candidate, score: Double) in
                var score = candidate.score
                if let code = candidate.place.countryCode {
                    // A small namesake gets half the lift: context should not carry a village past a known city.
                    score += (isMinor(candidate.place) ? 0.5 : 1) * contextWeight * min(1, (countryWeight[code] ?? 0) / total)
                }
                if let container = draft.container {
                    if container.kind == .country ? candidate.place.countryCode == container.countryCode
                        : candidate.place.admin1Code != nil && container.id.hasSuffix(candidate.place.admin1Code ?? "-")
                    {
                        score += containerWeight
                    }
                }
                return (candidate, score)
            }.sorted { $0.score > $1.score }
            return Choice(ranked: ranked)
        }

        // One sense per document: the mention with the clearest win decides for its name.
        var senseByKey: [String: (margin: Double, id: String)] = [:]
        for (k, draft) in drafts.enumerated() {
            if let earlier = memory.placeByKey[draft.key] {
                senseByKey[draft.key] = (.infinity, earlier)
                continue
            }
            guard let top = choices[k].ranked.first else { continue }
            let margin = top.score - (choices[k].ranked.dropFirst().first?.score ?? 0)
            if (senseByKey[draft.key]?.margin ?? -1) < margin { senseByKey[draft.key] = (margin, top.candidate.place.id) }
        }
        for (key, sense) in senseByKey where memory.placeByKey[key] == nil { memory.placeByKey[key] = sense.id }
        memory.countryWeight = countryWeight
        for (k, draft) in drafts.enumerated() {
            guard let sense = senseByKey[draft.key], let at = choices[k].ranked.firstIndex(where: { $0.candidate.place.id == sense.id }), at > 0 else { continue }
            let chosen = choices[k].ranked.remove(at: at)
            choices[k].ranked.insert(chosen, at: 0)
        }

        var mentions: [Mention] = []
        var rejected: [RejectedSpan] = []
        for (k, draft) in drafts.enumerated() {
            var mention = draft.mention
            let ranked = choices[k].ranked
            if let top = ranked.first {
                let place = top.candidate.place
                let inDocumentCountry = (countryWeight[place.countryCode ?? ""] ?? 0) >= 1
                if draft.recognition < 0.7, !inDocumentCountry, place.kind != .country, place.kind != .continent {
                    rejected.append(RejectedSpan(text: mention.text, start: mention.start, end: mention.end,
                                                 reason: "common word naming \(place.name) (\(place.countryCode ?? "-")) outside the document's countries"))
                    continue
                }
                if isMinor(place), !inDocumentCountry, !draft.hasLocativeCue, draft.container == nil {
                    rejected.append(RejectedSpan(text: mention.text, start: mention.start, end: mention.end,
                                                 reason: "minor place \(place.name) (\(place.countryCode ?? "-")) outside the document's countries"))
                    continue
                }
                mention.place = place
                mention.alternatives = ranked.dropFirst().prefix(3).map { Alternative(place: $0.candidate.place, score: min(1, $0.score)) }
                mention.confidence = confidence(ranked: ranked.map(\.score), recognition: draft.recognition)
            } else {
                mention.confidence = draft.recognition * 0.5
            }
            mentions.append(mention)
        }
        return (mentions, rejected)
    }

    static func isMinor(_ place: Place) -> Bool {
        switch place.kind {
        case .city: !place.isCapital && (place.population ?? 0) < minorPopulation
        case .airport, .airbase, .facility: (place.prominence ?? 0) == 0
        default: false
        }
    }

    /// Recognition certainty times how clearly the chosen place beats the next one.
    static func confidence(ranked: [Double], recognition: Double) -> Double {
        guard let best = ranked.first, best > 0 else { return 0 }
        let second = ranked.dropFirst().first ?? 0
        let margin = min(1, max(0, (best - second) / 0.3))
        return min(1, max(0, recognition * (0.55 + 0.45 * margin)))
    }
}
