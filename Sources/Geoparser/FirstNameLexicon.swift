#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// First names, with how common each is, as evidence that a capitalised word begins a person's name.
///
/// Loaded from `GeoData/lexicons/first-names.txt` (`Name<TAB>percent`, US census) and
/// `first-names-international.txt` (one name a line, `#` comments; each counted as 0.05 %).
public struct FirstNameLexicon: Sendable {
    private let frequencyByLowercasedName: [String: Double]

    /// Frequency given to names from a list without figures, in percent of people.
    public static let unlistedFrequency = 0.05

    public init(frequencies: [String: Double]) {
        var table: [String: Double] = [:]
        for (name, frequency) in frequencies { table[name.lowercased()] = max(table[name.lowercased()] ?? 0, frequency) }
        frequencyByLowercasedName = table
    }

    /// Reads both lexicon files from a `lexicons` directory (a missing international list is fine).
    public static func load(lexiconDirectory: String) throws(GeoparserError) -> FirstNameLexicon {
        var frequencies: [String: Double] = [:]
        let census = try readLines("\(lexiconDirectory)/first-names.txt")
        for (number, line) in census.enumerated() where !line.isEmpty {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let frequency = Double(fields[1]) else {
                throw .invalidLine(path: "\(lexiconDirectory)/first-names.txt", line: number + 1, reason: "expected NAME<TAB>PERCENT")
            }
            frequencies[String(fields[0])] = frequency
        }
        if let extra = try? readLines("\(lexiconDirectory)/first-names-international.txt") {
            for line in extra {
                let name = line.trimmingSpaces
                guard !name.isEmpty, !name.hasPrefix("#") else { continue }
                frequencies[name] = max(frequencies[name] ?? 0, unlistedFrequency)
            }
        }
        return FirstNameLexicon(frequencies: frequencies)
    }

    /// Share of people with this first name, in percent; nil when it is not a known first name.
    public func frequency(of name: String) -> Double? { frequencyByLowercasedName[name.lowercased()] }

    public func contains(_ name: String) -> Bool { frequencyByLowercasedName[name.lowercased()] != nil }

    public var count: Int { frequencyByLowercasedName.count }

    private static func readLines(_ path: String) throws(GeoparserError) -> [String] {
        let bytes = try ByteSource(path: path).readAll()
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
