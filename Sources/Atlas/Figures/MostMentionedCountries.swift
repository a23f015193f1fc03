import Gazetteer
import Geoparser

/// How often a story refers to a country: by name ("Ukraine"), adjective ("Ukrainian") or demonym ("Ukrainians").
public struct CountryTally: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code.
    public var countryCode: String
    public var mentions: Int
    /// Index of the first mention in `Extraction.mentions`, the tie-breaker.
    public var firstMention: Int
}

/// Ranks the countries a story refers to, most often first; ties go to the country mentioned first.
///
/// A mention counts for a country when it resolved to the country itself (names, adjectives and demonyms all
/// resolve to the country place). Cities do not count for their country: "Moscow" is a place, not a mention of Russia.
///
/// ```swift
/// MostMentionedCountries.rank(extraction).prefix(3).map(\.countryCode)   // ["UA", "RU", "US"] for the example
/// ```
public enum MostMentionedCountries {
    public static func rank(_ extraction: Extraction) -> [CountryTally] {
        var tallies: [String: CountryTally] = [:]
        for (index, mention) in extraction.mentions.enumerated() {
            guard let place = mention.place, let code = place.countryCode else { continue }
            guard place.kind == .country || mention.form != .name else { continue }
            tallies[code, default: CountryTally(countryCode: code, mentions: 0, firstMention: index)].mentions += 1
        }
        return tallies.values.sorted {
            $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.firstMention < $1.firstMention
        }
    }
}

/// A capital the venue figures are measured from, with the country that put it there.
public struct ReferenceCapital: Sendable, Hashable {
    public var capital: Place
    public var country: CountryTally
}

/// The capitals of the countries a story mentions most: the reference points of venue distances.
public enum ReferenceCapitals {
    /// The capitals of the `count` most-mentioned countries that have a known capital, in rank order.
    public static func choose(for extraction: Extraction, lookup: any PlaceLookup, count: Int = 3) -> [ReferenceCapital] {
        var chosen: [ReferenceCapital] = []
        for tally in MostMentionedCountries.rank(extraction) where chosen.count < count {
            guard let capital = lookup.capital(ofCountry: tally.countryCode) else { continue }
            guard !chosen.contains(where: { $0.capital.id == capital.id }) else { continue }
            chosen.append(ReferenceCapital(capital: capital, country: tally))
        }
        return chosen
    }
}
