import Gazetteer

/// How a mention refers to its place.
public enum MentionForm: String, Sendable, Hashable {
    /// The place's name or an abbreviation of it: "Ukraine", "U.S.".
    case name
    /// An adjective of the place: "Ukrainian energy facility".
    case adjective
    /// A word for its people: "Ukrainians".
    case demonym
}

/// A place the next-best reading of a mention would have chosen, with its score.
public struct Alternative: Sendable, Hashable {
    public var place: Place
    /// Disambiguation score in 0...1, comparable with the chosen place's confidence.
    public var score: Double

    public init(place: Place, score: Double) {
        self.place = place
        self.score = score
    }
}

/// One span of the input reported as a place.
public struct Mention: Sendable, Hashable {
    /// The span as written in the input.
    public var text: String
    /// Offsets into the original input, Unicode scalars, end exclusive.
    public var start: Int
    public var end: Int
    /// Index of the sentence in the document (0-based).
    public var sentence: Int
    public var form: MentionForm
    public var role: PlaceRole
    /// The phrase that gave the role; empty for `mention`.
    public var evidence: String
    /// Probability-like confidence (0...1) that `place` is right.
    public var confidence: Double
    /// The resolved place, or nil for a place that cannot be resolved ("the Soviet Union").
    public var place: Place?
    public var alternatives: [Alternative]

    public init(text: String, start: Int, end: Int, sentence: Int, form: MentionForm, role: PlaceRole, evidence: String,
                confidence: Double, place: Place?, alternatives: [Alternative] = []) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.form = form
        self.role = role
        self.evidence = evidence
        self.confidence = confidence
        self.place = place
        self.alternatives = alternatives
    }
}

/// A capitalised span considered and turned down, with the reason (for debugging).
public struct RejectedSpan: Sendable, Hashable {
    public var text: String
    public var start: Int
    public var end: Int
    public var reason: String

    public init(text: String, start: Int, end: Int, reason: String) {
        self.text = text
        self.start = start
        self.end = end
        self.reason = reason
    }
}

/// One resolved place of a document, gathered from its mentions.
public struct PlaceInDocument: Sendable, Hashable {
    public var place: Place
    /// The strongest of its mentions' roles.
    public var role: PlaceRole
    /// Every role it plays, strongest first.
    public var roles: [PlaceRole]
    /// Indices into `Extraction.mentions`.
    public var mentionIndices: [Int]
    public var mentionCount: Int { mentionIndices.count }
}

/// What produced an extraction, so results can be reproduced.
public struct Generator: Sendable, Hashable {
    public var newsMapVersion: String
    public var geoDataVersion: String

    public init(newsMapVersion: String, geoDataVersion: String) {
        self.newsMapVersion = newsMapVersion
        self.geoDataVersion = geoDataVersion
    }
}

/// Everything the geoparser found in one document.
public struct Extraction: Sendable, Hashable {
    public var mentions: [Mention]
    public var rejected: [RejectedSpan]
    /// Input problems (invalid UTF-8, NUL bytes).
    public var warnings: [String]
    public var generator: Generator

    public init(mentions: [Mention], rejected: [RejectedSpan] = [], warnings: [String] = [], generator: Generator) {
        self.mentions = mentions
        self.rejected = rejected
        self.warnings = warnings
        self.generator = generator
    }

    /// One entry per resolved place, in order of first mention.
    public var places: [PlaceInDocument] {
        var gathering = PlaceGathering()
        gathering.add(mentions)
        return gathering.places
    }
}

/// Gathers the resolved places of a document from its mentions as they come, in order of first mention.
struct PlaceGathering {
    private var order: [String] = []
    private var byID: [String: PlaceInDocument] = [:]
    /// Mentions seen so far: the index in the document of the next one.
    private(set) var mentionCount = 0

    mutating func add(_ mentions: [Mention]) {
        for mention in mentions {
            let index = mentionCount
            mentionCount += 1
            guard let place = mention.place else { continue }
            if var entry = byID[place.id] {
                entry.mentionIndices.append(index)
                if !entry.roles.contains(mention.role) { entry.roles.append(mention.role) }
                entry.roles.sort()
                entry.role = entry.roles[0]
                byID[place.id] = entry
            } else {
                order.append(place.id)
                byID[place.id] = PlaceInDocument(place: place, role: mention.role, roles: [mention.role], mentionIndices: [index])
            }
        }
    }

    var places: [PlaceInDocument] { order.compactMap { byID[$0] } }
}
