// newsmap-bench [name]: runs the named benchmark, or all of them.
let benchmarks: [(name: String, run: () -> Void)] = [
    ("geodesic", { runGeodesicBenchmark() }),
    ("containment", { runContainmentBenchmark() }),
    ("geojson-write", { runGeoJSONWriteBenchmark() }),
]
let selected = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "all"
if selected == "all" {
    for benchmark in benchmarks { benchmark.run() }
} else if let benchmark = benchmarks.first(where: { $0.name == selected }) {
    benchmark.run()
} else {
    print("unknown benchmark \(selected); known: \(benchmarks.map(\.name).joined(separator: ", ")), all")
}
