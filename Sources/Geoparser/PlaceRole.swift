/// The part a place plays in a story (DESIGN.md). Ordered from strongest to weakest:
/// `venue` > `occupied` > `deployment` > `meeting` > `mention`.
public enum PlaceRole: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Proposed or candidate location of a meeting or summit.
    case venue
    /// Territory under occupation or claimed.
    case occupied
    /// Where forces, aircraft or equipment are or would be based.
    case deployment
    /// Where a reported meeting or statement took place.
    case meeting
    /// Any other place the story names.
    case mention

    /// 4 for `venue` down to 0 for `mention`.
    public var strength: Int {
        switch self {
        case .venue: 4
        case .occupied: 3
        case .deployment: 2
        case .meeting: 1
        case .mention: 0
        }
    }

    /// Stronger roles sort first.
    public static func < (lhs: PlaceRole, rhs: PlaceRole) -> Bool { lhs.strength > rhs.strength }
}

/// A role with the words that gave it.
public struct RoleCue: Sendable, Hashable {
    public var role: PlaceRole
    /// The phrase around the mention that shows the role ("eyeing Budapest as a location"); empty for `mention`.
    public var evidence: String
    /// Which rule fired, for debugging and tests ("as a location", "deploy … to", "dateline").
    public var rule: String

    public init(role: PlaceRole, evidence: String, rule: String) {
        self.role = role
        self.evidence = evidence
        self.rule = rule
    }

    public static let mention = RoleCue(role: .mention, evidence: "", rule: "")
}
