import Foundation

/// The dated lines of contact of a folder (GeoData/contact-lines/), oldest first.
///
/// ```swift
/// let archive = try ContactLineArchive(directory: "GeoData/contact-lines")
/// let line = try archive.line(asOf: CalendarDate("2024-01-01"))   // the 2022-12-01 line
/// ```
public struct ContactLineArchive: Sendable {
    /// The folder the lines were read from.
    public let directory: String
    /// Every line, oldest first.
    public let lines: [ContactLine]

    /// Lines already in memory (tests, callers with their own files); sorted by date here.
    public init(lines: [ContactLine], directory: String = "(memory)") throws(OverlayError) {
        guard !lines.isEmpty else { throw .noContactLines(directory: directory) }
        self.directory = directory
        self.lines = lines.sorted { $0.date < $1.date }
    }

    /// Reads every `YYYY-MM-DD.json` file of `directory` (other files, such as the README, are skipped).
    /// - Throws: `OverlayError.unreadable`, `.malformedContactLine`, `.noContactLines`.
    public init(directory: String) throws(OverlayError) {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory) } catch {
            throw .unreadable(path: directory, reason: "not a readable folder")
        }
        var lines: [ContactLine] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            guard (try? CalendarDate(String(name.dropLast(5)))) != nil else { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(path: path, reason: "cannot open the file")
            }
            lines.append(try ContactLine(json: Array(data), path: path))
        }
        try self.init(lines: lines, directory: directory)
    }

    /// The latest line dated on or before `date`; the newest line when `date` is nil.
    /// - Throws: `OverlayError.noLineOnOrBefore` when `date` precedes the earliest line.
    public func line(asOf date: CalendarDate? = nil) throws(OverlayError) -> ContactLine {
        guard let date else { return lines[lines.count - 1] }
        guard let line = lines.last(where: { $0.date <= date }) else {
            throw .noLineOnOrBefore(date: date.description, earliest: lines[0].date.description)
        }
        return line
    }
}
