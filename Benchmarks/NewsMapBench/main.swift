// newsmap-bench [name]: runs the named benchmark, or all of them.
let selected = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "all"
switch selected {
case "geodesic": runGeodesicBenchmark()
case "all":
    runGeodesicBenchmark()
default:
    print("unknown benchmark \(selected); known: geodesic, all")
}
