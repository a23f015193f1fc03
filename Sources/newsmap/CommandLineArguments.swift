#if canImport(Glibc)
import Glibc
#endif

/// An error in what the user gave us (a file, a name, a coordinate): exit status 1, one line on stderr.
struct InputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

enum CommandLineArguments {
    /// Prefixes a space to arguments that look like negative coordinates (`-33.87,151.21`, `-12.5`),
    /// so the argument parser reads them as values; coordinate parsing trims the space.
    static func protectingNegativeCoordinates(_ arguments: [String]) -> [String] {
        arguments.map { argument in
            guard argument.count > 1, argument.hasPrefix("-") else { return argument }
            let second = argument[argument.index(after: argument.startIndex)]
            return second.isNumber || second == "." ? " " + argument : argument
        }
    }

    static func printError(_ message: String) {
        var line = message
        if !line.hasSuffix("\n") { line += "\n" }
        var bytes = Array(line.utf8)
        _ = write(STDERR_FILENO, &bytes, bytes.count)
    }
}
