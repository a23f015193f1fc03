import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// Entry point. Two things differ from swift-argument-parser's defaults (DESIGN.md, CLI contract):
/// coordinates such as `-33.87,151.21` are values, not options, and usage errors exit 2, not 64.
let arguments = CommandLineArguments.protectingNegativeCoordinates(Array(CommandLine.arguments.dropFirst()))
do {
    var command = try NewsMapCommand.parseAsRoot(arguments)
    try command.run()
} catch let error as InputError {
    CommandLineArguments.printError(error.description)
    exit(1)
} catch {
    let code = NewsMapCommand.exitCode(for: error)
    if code == .success {
        print(NewsMapCommand.fullMessage(for: error))
        exit(0)
    }
    CommandLineArguments.printError(NewsMapCommand.fullMessage(for: error))
    exit(code == .validationFailure ? 2 : code.rawValue)
}
