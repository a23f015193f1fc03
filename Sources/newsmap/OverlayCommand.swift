import ArgumentParser
import Atlas
import Foundation
import GeoJSON
import Gazetteer

/// `newsmap overlay`: occupied territory of Ukraine and how it changed.
struct OverlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overlay",
        abstract: "Occupied territory of Ukraine: held area, shares per oblast, and change between snapshots.",
        subcommands: [OverlayOccupiedCommand.self, OverlayChangeCommand.self]
    )
}

/// `newsmap overlay occupied [--control FILE] [--as-of DATE] [--json] [--output FILE]`.
struct OverlayOccupiedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "occupied",
        abstract: "Area held by Russia, its share of Ukraine, and the figures of each claimed oblast.",
        discussion: """
            Examples: newsmap overlay occupied --json
                      newsmap overlay occupied --as-of 2023-01-01 --output occupied.geojson
                      newsmap overlay occupied --control my-control.geojson
            The bundled lines of contact (GeoData/contact-lines) are approximations for maps at news scale;
            supply an authoritative control polygon with --control for anything finer.
            """
    )

    @Option(name: .long, help: "A GeoJSON control polygon to use instead of the bundled line (or - for stdin).")
    var control: String?
    @Option(name: .customLong("as-of"), help: "Use the latest bundled line dated on or before this day (YYYY-MM-DD).")
    var asOf: String?
    @Flag(name: .long, help: "Print one JSON object.") var json = false
    @Option(name: .long, help: "Write the layer as a GeoJSON FeatureCollection to this file (atomically).")
    var output: String?

    func validate() throws {
        if control != nil, asOf != nil { throw ValidationError("--as-of picks a bundled line; it cannot be used with --control") }
    }

    func run() throws {
        try OverlayFailure.reporting {
            // The line first: a bad or too early --as-of is reported before anything heavy is loaded.
            let line = control == nil ? try OverlayInputs.bundledLine(asOf: asOf) : nil
            let boundaries = try OverlayInputs.boundaries()
            let held = try line.map { try HeldArea(line: $0, outline: boundaries.outline) }
                ?? OverlayInputs.controlArea(control ?? "-", boundaries: boundaries)
            for note in held.notes { CommandLineArguments.printError("note: \(note)") }
            let overlay = try OccupationOverlay(boundaries: boundaries, heldArea: held)
            if let output { try OverlayInputs.write(overlay.featureCollection(), to: output) }
            if json {
                OutputPrinter.printJSON(overlay.summary())
            } else {
                printTable(overlay)
            }
        }
    }

    private func printTable(_ overlay: OccupationOverlay) {
        let held = overlay.heldArea
        print("\(held.source): \(format(overlay.heldKm2, decimals: 0)) km² of \(format(overlay.ukraineKm2, decimals: 0)) km² held"
            + " (\(format(overlay.heldShareOfUkraine * 100, decimals: 1)) % of Ukraine)")
        print("(\(held.note))")
        print("oblast                 area km²    held km²   share  remainder km²")
        for oblast in overlay.oblasts {
            let name = oblast.name + (oblast.isClaimed ? " *" : "")
            print(name.padding(toLength: 20, withPad: " ", startingAt: 0)
                + format(oblast.areaKm2, decimals: 0).leftPadded(11) + format(oblast.heldKm2, decimals: 0).leftPadded(12)
                + (format(oblast.heldShare * 100, decimals: 1) + " %").leftPadded(8)
                + format(oblast.remainderKm2, decimals: 0).leftPadded(15))
        }
        print("* claimed by Russia")
    }
}

/// `newsmap overlay change OLD NEW [--json] [--output FILE]`.
struct OverlayChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Ground gained and lost between two snapshots (control files or bundled line dates), per oblast.",
        discussion: """
            Examples: newsmap overlay change 2022-12-01 2025-07-01 --json
                      newsmap overlay change before.geojson after.geojson --output change.geojson
            A snapshot is a GeoJSON control file, or a date (YYYY-MM-DD) naming the bundled line in force then.
            "gained" is ground held in NEW but not in OLD; "lost" the reverse.
            """
    )

    @Argument(help: "The older snapshot: a control file or a date.") var old: String
    @Argument(help: "The newer snapshot: a control file or a date.") var new: String
    @Flag(name: .long, help: "Print one JSON object.") var json = false
    @Option(name: .long, help: "Write the gained and lost polygons as a GeoJSON FeatureCollection to this file.")
    var output: String?

    func run() throws {
        try OverlayFailure.reporting {
            for argument in [old, new] where !OverlayInputs.isFile(argument) {
                guard (try? CalendarDate(argument)) != nil else {
                    throw InputError("\(argument): no such file, and not a date written YYYY-MM-DD")
                }
                _ = try OverlayInputs.bundledLine(asOf: argument)
            }
            let boundaries = try OverlayInputs.boundaries()
            let before = try OverlayInputs.snapshot(old, boundaries: boundaries)
            let after = try OverlayInputs.snapshot(new, boundaries: boundaries)
            for note in before.notes { CommandLineArguments.printError("note (\(old)): \(note)") }
            for note in after.notes { CommandLineArguments.printError("note (\(new)): \(note)") }
            let change = try ControlChange(from: before, to: after, boundaries: boundaries)
            if let output { try OverlayInputs.write(change.featureCollection(), to: output) }
            if json {
                OutputPrinter.printJSON(change.summary())
            } else {
                print("\(before.source) → \(after.source): gained \(format(change.gainedKm2, decimals: 0)) km², "
                    + "lost \(format(change.lostKm2, decimals: 0)) km², net \(format(change.netKm2, decimals: 0)) km²")
                print("oblast               gained km²   lost km²")
                for oblast in change.oblasts {
                    print(oblast.name.padding(toLength: 20, withPad: " ", startingAt: 0)
                        + format(oblast.gainedKm2, decimals: 1).leftPadded(11) + format(oblast.lostKm2, decimals: 1).leftPadded(11))
                }
            }
        }
    }
}

/// Where the overlay commands get their inputs, and how they write.
enum OverlayInputs {
    /// Ukraine's outline and oblasts from the bundled gazetteer.
    static func boundaries() throws -> UkraineBoundaries {
        let boundaries = try UkraineBoundaries(gazetteer: GazetteerSetup.gazetteer())
        for repair in boundaries.repairs { CommandLineArguments.printError("note: boundary \(repair)") }
        return boundaries
    }

    /// The bundled line in force on `asOf` (the newest when nil).
    static func bundledLine(asOf: String?) throws -> ContactLine {
        let date = try asOf.map { try CalendarDate($0) }
        return try ContactLineArchive.bundled().line(asOf: date)
    }

    static func controlArea(_ path: String, boundaries: UkraineBoundaries) throws -> HeldArea {
        try HeldArea(control: InputFile.read(path), source: InputFile.displayName(path), outline: boundaries.outline)
    }

    /// A control file when `argument` names a file; otherwise a date naming the bundled line in force then.
    static func snapshot(_ argument: String, boundaries: UkraineBoundaries) throws -> HeldArea {
        if isFile(argument) { return try controlArea(argument, boundaries: boundaries) }
        return try HeldArea(line: bundledLine(asOf: argument), outline: boundaries.outline)
    }

    /// True for `-` and for an existing path; anything else must be a date.
    static func isFile(_ argument: String) -> Bool {
        argument == "-" || FileManager.default.fileExists(atPath: argument)
    }

    static func write(_ collection: FeatureCollection, to path: String) throws {
        try AtomicFileWriter.write(GeoJSONWriter(precision: 6).string(collection), to: path)
    }
}

/// Turns overlay, GEOS and file errors into one clear line and exit status 1.
enum OverlayFailure {
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as InputError {
            throw error
        } catch let error as CustomStringConvertible {
            throw InputError(error.description)
        }
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
