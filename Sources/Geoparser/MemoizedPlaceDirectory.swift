import Gazetteer
import Synchronization

/// A place directory that remembers its answers to the look-ups recognition repeats: whether a folded string is
/// a name, a name's candidates, a word's country. Every answer is the wrapped directory's own (its look-ups are
/// pure), so results are identical; only the time differs. Shared by every document an extractor reads; the
/// tables are emptied when they grow past `capacity` entries, so memory stays bounded.
public final class MemoizedPlaceDirectory: PlaceDirectory {
    public let base: any PlaceDirectory
    /// Entries kept per table before it is emptied.
    public let capacity: Int

    struct CandidateQuery: Hashable {
        var name: String
        var country: String?
        var kind: PlaceKind?
        var limit: Int
    }

    struct Tables {
        var names: [String: Bool] = [:]
        var candidates: [CandidateQuery: [Candidate]] = [:]
        var countryWords: [String: (country: Place, form: CountryWordForm)?] = [:]
    }

    private let tables = Mutex(Tables())

    public init(base: any PlaceDirectory, capacity: Int = 50_000) {
        self.base = base
        self.capacity = max(1, capacity)
    }

    public func foldedKey(_ name: String) -> String { base.foldedKey(name) }

    public func hasName(foldedKey: String) -> Bool {
        if let known = tables.withLock({ $0.names[foldedKey] }) { return known }
        let answer = base.hasName(foldedKey: foldedKey)
        tables.withLock { tables in
            if tables.names.count >= capacity { tables.names.removeAll(keepingCapacity: true) }
            tables.names[foldedKey] = answer
        }
        return answer
    }

    public var maxNameTokens: Int { base.maxNameTokens }

    public func candidates(for name: String, country: String?, kind: PlaceKind?, limit: Int) -> [Candidate] {
        let query = CandidateQuery(name: name, country: country, kind: kind, limit: limit)
        if let known = tables.withLock({ $0.candidates[query] }) { return known }
        let answer = base.candidates(for: name, country: country, kind: kind, limit: limit)
        tables.withLock { tables in
            if tables.candidates.count >= capacity { tables.candidates.removeAll(keepingCapacity: true) }
            tables.candidates[query] = answer
        }
        return answer
    }

    public func countryWord(_ word: String) -> (country: Place, form: CountryWordForm)? {
        if let known = tables.withLock({ $0.countryWords[word] }) { return known }
        let answer = base.countryWord(word)
        tables.withLock { tables in
            if tables.countryWords.count >= capacity { tables.countryWords.removeAll(keepingCapacity: true) }
            tables.countryWords[word] = .some(answer)
        }
        return answer
    }

    public func capital(ofCountry code: String) -> Place? { base.capital(ofCountry: code) }
    public func country(code: String) -> Place? { base.country(code: code) }
    public func facilities(ofKind kind: PlaceKind, inCountry code: String) -> [Place] { base.facilities(ofKind: kind, inCountry: code) }
    public var dataVersion: String { base.dataVersion }
}
