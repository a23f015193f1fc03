// newsmap-bench [containment]: runs one benchmark by name, or all of them without an argument.
let selected = CommandLine.arguments.dropFirst().first
switch selected {
case "containment":
    runContainmentBenchmark()
default:
    runContainmentBenchmark()
}
