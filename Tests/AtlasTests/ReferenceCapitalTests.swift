import Atlas
import Gazetteer
import Geoparser
import Testing

@Suite("Reference capitals: the capitals of the three countries a story mentions most")
struct ReferenceCapitalTests {
    @Test("names, adjectives and demonyms count for their country; cities do not")
    func countsEveryFormButNotCities() {
        let ranking = MostMentionedCountries.rank(Fixtures.firstStory.extraction)
        #expect(ranking.map(\.countryCode) == ["UA", "RU", "US", "HU", "RO"])
        #expect(ranking.map(\.mentions) == [5, 4, 4, 2, 1])
    }

    @Test("the first story measures venues from Kyiv, Moscow and Washington, in rank order")
    func firstStoryCapitals() {
        let capitals = ReferenceCapitals.choose(for: Fixtures.firstStory.extraction, lookup: Fixtures.lookup)
        #expect(capitals.map(\.capital.name) == ["Kyiv", "Moscow", "Washington"])
    }

    @Test("a tie goes to the country mentioned first")
    func tieBrokenByFirstMention() {
        // Russia and the US both have 4 mentions; Russia comes first in the text.
        let ranking = MostMentionedCountries.rank(Fixtures.firstStory.extraction)
        #expect(ranking[1].countryCode == "RU" && ranking[2].countryCode == "US")
        #expect(ranking[1].firstMention < ranking[2].firstMention)
    }

    @Test("the second story's capitals come from its own countries")
    func secondStoryCapitals() {
        let capitals = ReferenceCapitals.choose(for: Fixtures.secondStory.extraction, lookup: Fixtures.lookup)
        // Norway 3×, Poland 3× (Poland first, in the headline), then France and Switzerland 1× (France first).
        #expect(capitals.map(\.capital.name) == ["Warsaw", "Oslo", "Paris"])
    }
}
