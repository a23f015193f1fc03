import Foundation

/// How candidates for one name are scored: half from how the name matched, half from how likely a reader means
/// that place (its kind, population or prominence). Scores lie in 0...1.
///
/// Match: primary name 1.0, curated alias 0.95 ("Kiev", "MK air base"), generated form 0.9 ("Donetsk oblast"),
/// source alternate name 0.75. Place prior: country 1.0, continent 0.95, named region 0.9, capital at least 0.85,
/// other populated places log10(population) / 7.5 (1,000,000 → 0.8, 10,000 → 0.53), admin-1 unit 0.7 (so a
/// large city outranks the oblast of the same name, and the oblast outranks small towns), facilities by
/// prominence (rank 1 → 0.85), unranked air bases 0.55, airports 0.5. One adjustment follows in
/// `Gazetteer.candidates`: the most populous city named exactly so (20,000 inhabitants or more), lying in an
/// admin-1 unit that matched only by an alias of the same name, is lifted just above that unit (the namesake rule: "Kherson" is the city before the oblast).
enum CandidateRanking {
    static func matchScore(_ match: MatchType) -> Double {
        switch match {
        case .primary: 1.0
        case .curated: 0.95
        case .generated: 0.9
        case .alternate: 0.75
        }
    }

    static func populationScore(_ population: Int) -> Double {
        population > 1 ? min(1, log10(Double(population)) / 7.5) : 0.2
    }

    static func placePrior(kind: PlaceKind, population: Int, prominence: Int, isCapital: Bool) -> Double {
        switch kind {
        case .country: return 1.0
        case .continent: return 0.95
        case .region: return 0.9
        case .admin1: return 0.7
        case .city: return isCapital ? max(0.85, populationScore(population)) : populationScore(population)
        case .airbase, .airport, .facility:
            if prominence > 0 { return max(0.6, 0.9 - 0.05 * Double(prominence)) }
            return kind == .airbase ? 0.55 : kind == .facility ? 0.6 : 0.5
        }
    }

    static func score(match: MatchType, kind: PlaceKind, population: Int, prominence: Int, isCapital: Bool) -> Double {
        0.5 * matchScore(match) + 0.5 * placePrior(kind: kind, population: population, prominence: prominence, isCapital: isCapital)
    }
}
