import Gazetteer

/// A mention of one chunk with the tokens it covers and how its role was found, before resolution.
struct SentenceMention {
    var tokens: ClosedRange<Int>
    var draft: MentionDraft
    var cueRule: String
    var reference: PhraseReference?
}

/// Roles that follow from the mentions of a sentence together rather than from each one's own cue:
///
/// - "occupies … of X, including A, B and C": what the sentence lists after "including" shares X's occupied role;
/// - names coordinated by commas and "and"/"or" share the strongest role among them ("the Donetsk, Luhansk and
///   Kherson regions", "troops to Poland and Lithuania");
/// - a described facility ("Romania, where … its largest airbase") takes its country's deployment cue, and the
///   country stays a mention: the facility is the site;
/// - "the occupied territories" is occupied, and resolves to the country the document last said was occupied
///   (no such country: the mention stays unresolved).
enum RolePropagation {
    static func apply(_ mentions: inout [SentenceMention], in text: AnalysedText, lastOccupiedCountry: inout Place?) {
        including(&mentions, in: text)
        coordination(&mentions, in: text)
        facilities(&mentions, in: text)
        for k in mentions.indices {
            if mentions[k].reference == .occupiedTerritories {
                mentions[k].draft.mention.role = .occupied
                mentions[k].draft.mention.evidence = text.string(tokens: max(0, mentions[k].tokens.lowerBound - 1)...mentions[k].tokens.upperBound)
                if let country = lastOccupiedCountry {
                    mentions[k].draft.candidates = [Candidate(place: country, score: 0.9, matchedName: country.name, isPrimaryName: false)]
                }
            } else if mentions[k].draft.mention.role == .occupied, let place = mentions[k].draft.candidates.first?.place, place.kind == .country {
                lastOccupiedCountry = place
            }
        }
    }

    static func including(_ mentions: inout [SentenceMention], in text: AnalysedText) {
        for k in mentions.indices where mentions[k].draft.mention.role == .occupied && mentions[k].cueRule == "occupies … of" {
            let sentence = text.tokens[mentions[k].tokens.lowerBound].sentence
            var j = mentions[k].tokens.upperBound + 1
            var listing = false
            while j < text.tokens.count, text.tokens[j].sentence == sentence, text.tokens[j].text != ";" {
                if text.tokens[j].lowercased == "including" { listing = true }
                if listing, let m = mentions.firstIndex(where: { $0.tokens.lowerBound == j }), mentions[m].draft.mention.role > .occupied {
                    mentions[m].draft.mention.role = .occupied
                    mentions[m].draft.mention.evidence = text.string(tokens: mentions[k].tokens.lowerBound...mentions[m].tokens.upperBound)
                        .replacingOccurrences(of: "\n", with: " ")
                    mentions[m].cueRule = "occupies … including"
                }
                j += 1
            }
        }
    }

    static func coordination(_ mentions: inout [SentenceMention], in text: AnalysedText) {
        var start = 0
        while start < mentions.count {
            var end = start
            while end + 1 < mentions.count, ReferencePhrases.joins(mentions[end].tokens.upperBound + 1, mentions[end + 1].tokens.lowerBound, in: text) {
                end += 1
            }
            if end > start, let strongest = mentions[start...end].min(by: { $0.draft.mention.role < $1.draft.mention.role }),
               strongest.draft.mention.role != .mention
            {
                for k in start...end where mentions[k].draft.mention.role > strongest.draft.mention.role {
                    mentions[k].draft.mention.role = strongest.draft.mention.role
                    mentions[k].draft.mention.evidence = strongest.draft.mention.evidence
                    mentions[k].cueRule = "coordinated with \(strongest.draft.mention.text)"
                }
            }
            start = end + 1
        }
    }

    static func facilities(_ mentions: inout [SentenceMention], in text: AnalysedText) {
        for k in mentions.indices {
            guard case .facility(let countryTokens, let phrase)? = mentions[k].reference,
                  let c = mentions.firstIndex(where: { $0.tokens == countryTokens })
            else { continue }
            let described = text.string(tokens: phrase).replacingOccurrences(of: "\n", with: " ")
            if mentions[c].draft.mention.role == .deployment {
                mentions[k].draft.mention.role = .deployment
                mentions[k].draft.mention.evidence = "\(mentions[c].draft.mention.evidence) … \(described)"
                mentions[k].cueRule = "facility of a deployment country"
                mentions[c].draft.mention.role = .mention
                mentions[c].draft.mention.evidence = ""
            } else if mentions[k].draft.mention.role != .mention {
                mentions[k].draft.mention.evidence = described
            }
        }
    }
}
