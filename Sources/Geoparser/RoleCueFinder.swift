/// Decides a mention's role from the words around it in its sentence (cue lexicons and a little syntax),
/// keeping the phrase that gave it. When several cues fire, the strongest role wins.
public enum RoleCueFinder {
    /// The role of the mention at token indices `span`.
    /// An adjective modifies what follows it ("a European airbase", "the Swiss city as the venue"): it is never itself
    /// the site of a base or a venue.
    public static func cue(for span: ClosedRange<Int>, in text: AnalysedText, form: MentionForm = .name) -> RoleCue {
        let context = CueContext(text: text, span: span)
        let modifier = form == .adjective
        let cues = [modifier ? nil : venue(context), occupied(context), modifier ? nil : deployment(context), meeting(context)].compactMap { $0 }
        return cues.min { $0.role < $1.role } ?? .mention
    }

    // MARK: lexicons (ours; lower case)

    static let gatherings: Set<String> = ["summit", "summits", "meeting", "meetings", "talks", "conference", "negotiations", "summitry", "peace", "ceasefire", "round"]
    static let venueNouns: Set<String> = ["location", "venue", "site", "host", "setting", "place", "destination", "backdrop"]
    static let venueAdjectives: Set<String> = ["a", "an", "the", "possible", "potential", "proposed", "likely", "preferred", "neutral", "new", "suitable", "future", "candidate", "main", "favoured", "favored"]
    static let venueLinks: Set<String> = [",", "as", "is", "was", "be", "been", "being", "named", "chosen", "picked", "selected", "its", "their"]
    /// Words before "to meet" that make the meeting a plan: "are to meet", "agreed to meet".
    static let plannedBy: Set<String> = ["are", "is", "due", "set", "expected", "agreed", "plan", "plans", "planning", "hope", "hoping", "scheduled"]
    /// Words that undo a planned meeting: "an earlier plan to gather in X fell through".
    static let abandoned: Set<String> = ["earlier", "previous", "former", "fell", "collapsed", "scrapped", "abandoned", "cancelled", "canceled", "dropped"]
    static let modals: Set<String> = ["could", "would", "might", "may", "will", "should", "to", "can", "shall"]
    static let tentative: Set<String> = ["possible", "potential", "proposed", "planned", "upcoming", "future", "next", "likely", "prospective", "mooted"]
    static let hostVerbs: Set<String> = ["host", "hosts", "hosting"]
    /// Verbs whose gathering is still to come: "host the summit at X", "hold talks in X", "stage a summit in X".
    static let holdVerbs: Set<String> = ["host", "hosts", "hosting", "hold", "stage"]
    static let occupyVerbs: Set<String> = ["occupies", "occupied", "occupy", "occupying", "annexed", "annexes", "annex", "annexing", "seized", "controls", "holds"]
    static let occupationNouns: Set<String> = ["occupation", "annexation"]
    static let deployVerbs: Set<String> = [
        "send", "sends", "sent", "sending", "deploy", "deploys", "deployed", "deploying", "station", "stations",
        "stationed", "stationing", "move", "moved", "moving", "rotate", "rotated", "rotating", "position",
        "positioned", "positioning", "dispatch", "dispatched", "redeploy", "redeployed", "base", "transfer",
        "transferred", "fly", "flew", "flown",
    ]
    static let forceNouns: Set<String> = [
        "troops", "soldiers", "forces", "jets", "fighters", "fighter", "aircraft", "bombers", "warplanes", "planes",
        "missiles", "warships", "submarines", "drones", "tanks", "battalion", "battalions", "brigade", "brigades",
        "squadron", "squadrons", "personnel", "marines", "units", "deployment", "deployments", "patriot",
        "patriots", "batteries", "systems", "weapons", "carrier", "destroyers", "himars", "35s", "16s", "f",
        "airmen", "sailors", "paratroopers", "artillery", "helicopters",
    ]
    static let baseWords: Set<String> = ["base", "airbase", "airfield", "bases", "garrison"]
    static let meetVerbs: Set<String> = [
        "met", "meet", "meets", "meeting", "talks", "spoke", "speaking", "speech", "conference", "visit",
        "visited", "visiting", "visits", "hosted", "gathered", "convened", "summit", "told", "addressed",
        "signed", "reporters", "journalists", "briefing", "interview",
    ]
    static let placePrepositions: Set<String> = ["in", "at", "to", "into", "on", "inside"]

    // MARK: rules

    static func venue(_ c: CueContext) -> RoleCue? {
        // "Budapest as a (possible) location for ..."
        if c.after(0) == "as" {
            var k = 1
            while let word = c.after(k), venueAdjectives.contains(word), k < 5 { k += 1 }
            if let noun = c.after(k), venueNouns.contains(noun) {
                return c.cue(.venue, from: c.span.lowerBound, to: c.span.upperBound + 1 + k, rule: "as a \(noun)")
            }
        }
        // "Budapest (offered) to host the summit"
        for k in 0..<4 {
            guard let word = c.after(k) else { break }
            if hostVerbs.contains(word), let g = (k + 1...k + 5).first(where: { c.after($0).map(gatherings.contains) ?? false }) {
                return c.cue(.venue, from: c.span.lowerBound, to: c.span.upperBound + 1 + g, rule: "host a gathering")
            }
        }
        // "host the summit at X", "hold talks in X": where a gathering is to be hosted or held is its venue
        // (the past "held talks in X" is a meeting that took place).
        let at = c.before(1) == "the" ? 2 : 1
        if let preposition = c.before(at), preposition == "in" || preposition == "at",
           let g = (at + 1...at + 3).first(where: { gatherings.contains(c.before($0) ?? "") }),
           let h = (g + 1...g + 3).first(where: { holdVerbs.contains(c.before($0) ?? "") })
        {
            return c.cue(.venue, from: c.span.lowerBound - h, to: c.span.upperBound, rule: "host a gathering at")
        }
        // "talks could be held in X", "the summit would take place in X", "a possible summit in X"
        if let preposition = c.before(1), preposition == "in" || preposition == "at" {
            if let be = c.beforeIndex(where: { $0 == "held" || $0 == "place" || $0 == "hosted" }, within: 3) {
                if c.wordsBefore(be, within: 3).contains(where: modals.contains) {
                    return c.cue(.venue, from: c.span.lowerBound - (be + 3), to: c.span.upperBound, rule: "could be held in")
                }
            }
            if let g = c.beforeIndex(where: gatherings.contains, within: 3),
               c.wordsBefore(g, within: 3).contains(where: tentative.contains)
            {
                return c.cue(.venue, from: c.span.lowerBound - g - 3, to: c.span.upperBound, rule: "possible summit in")
            }
        }
        // "leaders will meet in X", "to meet in X next month": a meeting still to come is held at its venue.
        if let preposition = c.before(1), preposition == "in" || preposition == "at",
           let m = c.beforeIndex(where: { ["meet", "gather", "convene"].contains($0) }, within: 3),
           let modal = c.before(m + 1),
           ["will", "would", "could", "shall"].contains(modal)
            || (modal == "to" && (plannedBy.contains(c.before(m + 2) ?? "") || c.text.tokens[c.span.lowerBound - m - 2].isSentenceInitial)),
           !c.wordsBefore(m, within: 4).contains(where: abandoned.contains),
           !(0..<5).contains(where: { abandoned.contains(c.after($0) ?? "") })
        {
            return c.cue(.venue, from: c.span.lowerBound - m - 1, to: c.span.upperBound, rule: "will meet in")
        }
        // "proposed X as the venue", "X, the venue": only linking words between the name and "venue", so the
        // subject of "is considering Vienna as a venue" is not itself the venue.
        if let v = (0..<6).first(where: { c.after($0) == "venue" }),
           (0..<v).allSatisfy({ venueLinks.contains(c.after($0) ?? "") || venueAdjectives.contains(c.after($0) ?? "") })
        {
            return c.cue(.venue, from: c.span.lowerBound, to: c.span.upperBound + 1 + v, rule: "venue")
        }
        if let v = c.beforeIndex(where: { $0 == "venue" || $0 == "venues" }, within: 4) {
            return c.cue(.venue, from: c.span.lowerBound - v, to: c.span.upperBound, rule: "venue")
        }
        return nil
    }

    static func occupied(_ c: CueContext) -> RoleCue? {
        // "occupied Crimea", "Russian-occupied Kherson", "the annexed peninsula of X", "occupation of X"
        if let k = c.beforeIndex(where: { $0 == "occupied" || $0 == "annexed" }, within: 3),
           c.wordsBefore(0, within: k - 1).allSatisfy({ !$0.isEmpty && !["in", "to", "by", "from", "at", "of"].contains($0) })
        {
            return c.cue(.occupied, from: c.span.lowerBound - k, to: c.span.upperBound, rule: "occupied X")
        }
        if c.before(1) == "of", let k = c.beforeIndex(where: occupationNouns.contains, within: 3) {
            return c.cue(.occupied, from: c.span.lowerBound - k, to: c.span.upperBound, rule: "occupation of")
        }
        // "occupies nearly 20 per cent of Ukraine", "annexed Crimea"
        if let k = c.beforeIndex(where: occupyVerbs.contains, within: 8), k > 0,
           c.before(1) == "of" || k == 1 || (k == 2 && c.before(1) == "the"),
           !c.wordsBefore(0, within: k - 1).contains(where: { [",", ";", "and", "but", "while"].contains($0) }),
           c.before(k) != "holds" && c.before(k) != "controls" || c.before(1) == "of"
        {
            return c.cue(.occupied, from: c.span.lowerBound - k, to: c.span.upperBound, rule: "occupies … of")
        }
        // "X, which Russia annexed", "X, under Russian control"
        for k in 0..<6 {
            guard let word = c.after(k) else { break }
            if word == "under", let n = (k + 1...k + 3).first(where: { ["control", "occupation"].contains(c.after($0) ?? "") }) {
                return c.cue(.occupied, from: c.span.lowerBound, to: c.span.upperBound + 1 + n, rule: "under … control")
            }
            if (word == "which" || word == "that"), let n = (k + 1...k + 4).first(where: { ["annexed", "occupies", "occupied", "seized"].contains(c.after($0) ?? "") }) {
                return c.cue(.occupied, from: c.span.lowerBound, to: c.span.upperBound + 1 + n, rule: "which … annexed")
            }
        }
        return nil
    }

    static func deployment(_ c: CueContext) -> RoleCue? {
        // A name that is itself a base: "Mihail Kogalniceanu Air Base", "Ramstein Air Base"
        if baseWords.contains(c.text.tokens[c.span.upperBound].lowercased) {
            return c.cue(.deployment, from: c.span.lowerBound, to: c.span.upperBound, rule: "named base")
        }
        // "X air base", "X airbase"
        if let next = c.after(0) {
            if baseWords.contains(next) || (next == "air" && c.after(1) == "base") || (next == "naval" && c.after(1) == "base") {
                return c.cue(.deployment, from: c.span.lowerBound, to: c.span.upperBound + (next == "air" || next == "naval" ? 2 : 1), rule: "X air base")
            }
        }
        guard let preposition = c.before(1) ?? nil, placePrepositions.contains(preposition) || preposition == "the" else { return nil }
        // "based at X", "stationed in X"
        if ["based", "stationed", "deployed", "garrisoned"].contains(c.before(2) ?? "") {
            return c.cue(.deployment, from: c.span.lowerBound - 2, to: c.span.upperBound, rule: "based at")
        }
        // "send fighter jets to X", "troops in X", "F-35s in X"
        let window = 10
        if let f = c.beforeIndex(where: forceNouns.contains, within: window) {
            let verb = c.beforeIndex(where: deployVerbs.contains, within: window)
            if f <= 4 || verb != nil {
                let from = max(f, verb ?? 0)
                return c.cue(.deployment, from: c.span.lowerBound - from, to: c.span.upperBound, rule: verb != nil ? "deploy … to" : "forces in")
            }
        }
        return nil
    }

    static func meeting(_ c: CueContext) -> RoleCue? {
        // Dateline: "KYIV, Ukraine (AP) —", "Hanoi (VNA) –"
        let first = c.span.lowerBound
        if c.text.tokens[first].lineBreakBefore || first == 0 {
            let following = (c.span.upperBound + 1)..<min(c.text.tokens.count, c.span.upperBound + 7)
            if following.contains(where: { ["(", "\u{2014}", "\u{2013}", "-", ":"].contains(c.text.tokens[$0].text) && !c.text.tokens[$0].lineBreakBefore }),
               c.text.tokens[first].shape == .upper || c.after(0) == "," || c.after(0) == "("
            {
                return c.cue(.meeting, from: first, to: c.span.upperBound, rule: "dateline")
            }
        }
        guard let preposition = c.before(1), preposition == "in" || preposition == "at" || preposition == "to" else { return nil }
        // The verb may be far when an appositive intervenes ("met his counterpart, General X, in Y"), but not
        // when it has a place of its own between ("meet in Geneva, officials in Paris said").
        if let m = c.beforeIndex(where: meetVerbs.contains, within: 12),
           m <= 2 || !c.wordsBefore(1, within: m - 2).contains(where: { $0 == "in" || $0 == "at" })
        {
            if preposition == "to" && !["visit", "visited", "visiting", "visits"].contains(c.before(m) ?? "") { return nil }
            return c.cue(.meeting, from: c.span.lowerBound - m, to: c.span.upperBound, rule: "met … in")
        }
        return nil
    }
}

/// The words of a mention's sentence around it, lower-cased, with helpers to look before and after.
struct CueContext {
    let text: AnalysedText
    let span: ClosedRange<Int>
    let sentence: Range<Int>

    init(text: AnalysedText, span: ClosedRange<Int>) {
        self.text = text
        self.span = span
        let local = text.tokens[span.lowerBound].sentence - text.firstSentence
        sentence = text.sentences.indices.contains(local) ? text.sentences[local] : 0..<text.tokens.count
    }

    /// The k-th token after the span (0 = right after it), lower-cased, within the sentence; a possessive is skipped.
    func after(_ k: Int) -> String? {
        var index = span.upperBound + 1
        if index < sentence.upperBound && text.tokens[index].kind == .possessive { index += 1 }
        index += k
        return index < sentence.upperBound ? text.tokens[index].lowercased : nil
    }

    /// The k-th token before the span (1 = right before it), lower-cased, within the sentence.
    func before(_ k: Int) -> String? {
        let index = span.lowerBound - k
        return index >= sentence.lowerBound && k >= 1 ? text.tokens[index].lowercased : nil
    }

    /// Smallest k in 1...within such that `before(k)` satisfies the test.
    func beforeIndex(where test: (String) -> Bool, within: Int) -> Int? {
        guard within >= 1 else { return nil }
        return (1...within).first { before($0).map(test) ?? false }
    }

    /// The `within` words before `before(k)`, nearest first.
    func wordsBefore(_ k: Int, within: Int) -> [String] {
        guard within >= 1 else { return [] }
        return (1...within).compactMap { before(k + $0) }
    }

    /// A cue whose evidence runs from token `from` to token `to` (clamped to the sentence).
    func cue(_ role: PlaceRole, from: Int, to: Int, rule: String) -> RoleCue {
        var to = to
        if span.upperBound + 1 < sentence.upperBound && text.tokens[span.upperBound + 1].kind == .possessive && to > span.upperBound { to += 1 }
        let lower = max(sentence.lowerBound, min(from, span.lowerBound))
        let upper = min(sentence.upperBound - 1, max(to, span.upperBound))
        return RoleCue(role: role, evidence: text.string(tokens: lower...upper), rule: rule)
    }
}
