import Atlas
import Foundation
import GeoJSON

/// GeoJSON writing throughput of NewsMap's writer beside GDAL's `ogr2ogr` on the same features, in the same run.
///
/// The features look like the map's layers: 90 % Points with the place properties and simplestyle keys, 10 %
/// 72-vertex range-ring Polygons. Three rows are timed:
/// - `GeoJSONWriter` alone: features in memory → FeatureCollection text → file (the `newsmap map` path);
/// - `GeoJSONWriter` read+write: the `.geojsons` file parsed by `GeoJSONReader` and written again, the same work
///   `ogr2ogr` does;
/// - `ogr2ogr -f GeoJSON out.geojson in.geojsons -lco COORDINATE_PRECISION=6`, run as a subprocess (its start-up,
///   about tens of milliseconds, is included; the feature count is large enough that it does not dominate).
/// Features/s counts input features; MB/s counts bytes of the FeatureCollection written.
func runGeoJSONWriteBenchmark(featureCount: Int = 100_000, rounds: Int = 3) {
    let features = benchmarkFeatures(count: featureCount)
    let collection = FeatureCollection(features: features, foreignMembers: ["generator": ["name": "NewsMap-bench"]])
    let writer = GeoJSONWriter(precision: 6)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsmap-bench-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let sequencePath = folder + "/in.geojsons"
    do { try AtomicFileWriter.write(writer.textSequence(features), to: sequencePath) } catch {
        print("geojson-write: cannot write the input sequence: \(error)")
        return
    }

    var oursSeconds: [Double] = [], readWriteSeconds: [Double] = [], ogrSeconds: [Double] = []
    var oursBytes = 0, ogrBytes = 0
    let clock = ContinuousClock()
    for round in 0..<rounds {
        let elapsed = clock.measure {
            let text = writer.string(collection)
            oursBytes = text.utf8.count
            try? AtomicFileWriter.write(text, to: folder + "/ours.geojson")
        }
        oursSeconds.append(seconds(elapsed))

        let readWrite = clock.measure {
            guard let data = FileManager.default.contents(atPath: sequencePath),
                  let read = try? GeoJSONReader().readTextSequence(bytes: Array(data)) else { return }
            try? AtomicFileWriter.write(writer.string(FeatureCollection(features: read.features)), to: folder + "/ours-rw.geojson")
        }
        readWriteSeconds.append(seconds(readWrite))

        let output = folder + "/ogr-\(round).geojson"
        let ogr = clock.measure {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/ogr2ogr")
            process.arguments = ["-f", "GeoJSON", output, sequencePath, "-lco", "COORDINATE_PRECISION=6"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch { return }
            process.waitUntilExit()
        }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: output), let size = attributes[.size] as? Int else {
            print("geojson-write: ogr2ogr (gdal-bin) did not run; only NewsMap's writer timed")
            ogrSeconds = []
            continue
        }
        ogrBytes = size
        ogrSeconds.append(seconds(ogr))
    }

    let megabytes = Double(oursBytes) / 1e6
    print("GeoJSON writing, \(featureCount) features (90 % points, 10 % 72-vertex polygons), \(rounds) rounds, median")
    row("NewsMap GeoJSONWriter (memory → file)", oursSeconds, featureCount, megabytes)
    row("NewsMap read .geojsons + write", readWriteSeconds, featureCount, megabytes)
    if !ogrSeconds.isEmpty {
        row("ogr2ogr .geojsons → GeoJSON", ogrSeconds, featureCount, Double(ogrBytes) / 1e6)
        print("  ratio ogr2ogr time / NewsMap writer time: \(format(median(ogrSeconds) / median(oursSeconds), digits: 1))×;"
              + " / NewsMap read+write: \(format(median(ogrSeconds) / median(readWriteSeconds), digits: 1))×")
        print("  output size: NewsMap \(format(megabytes, digits: 1)) MB, ogr2ogr \(format(Double(ogrBytes) / 1e6, digits: 1)) MB")
    }
}

private func row(_ label: String, _ times: [Double], _ count: Int, _ megabytes: Double) {
    let time = median(times)
    let padded = label + String(repeating: " ", count: max(0, 40 - label.count))
    print("  \(padded) \(format(time * 1000, digits: 1)) ms  \(format(Double(count) / time / 1000, digits: 1)) k features/s  \(format(megabytes / time, digits: 1)) MB/s")
}

/// Deterministic features shaped like the map layers.
private func benchmarkFeatures(count: Int) -> [Feature] {
    var features: [Feature] = []
    features.reserveCapacity(count)
    for index in 0..<count {
        let lat = -60 + Double((index * 7919) % 120_000) / 1000
        let lon = -179 + Double((index * 104_729) % 358_000) / 1000
        var properties: JSONObject = [
            "name": .string("Place \(index)"), "id": .string("geonames:\(100_000 + index)"), "kind": "city",
            "country": "UA", "role": "mention", "roles": ["mention"], "mentions": .number(Double(index % 7 + 1)),
            "quote": .string("Sentence \(index) of a story that names the place, with a few more words."),
            "evidence": "", "confidence": .number(0.875), "distance_km_from_kyiv": .number(Double(index % 5000) + 0.125),
        ]
        let geometry: GeoJSON.Geometry
        if index % 10 == 9 {
            var ring = (0..<72).map { step -> Position in
                let angle = -Double(step) * 5 * .pi / 180
                return Position(lat: lat + 0.5 * sin(angle), lon: lon + 0.5 * cos(angle))
            }
            ring.append(ring[0])
            geometry = .polygon([ring])
            SimpleStyle.area(stroke: RolePalette.ring, fill: RolePalette.ring, fillOpacity: 0.08, title: "ring \(index)", description: "range ring")
                .apply(to: &properties)
        } else {
            geometry = .point(Position(lat: lat, lon: lon))
            SimpleStyle.point(color: RolePalette.mention, symbol: "circle", title: "Place \(index)", description: "mention").apply(to: &properties)
        }
        features.append(Feature(geometry: geometry, properties: properties))
    }
    return features
}
