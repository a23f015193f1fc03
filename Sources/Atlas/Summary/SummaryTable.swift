import Gazetteer

/// The printed summary: venues against the reference capitals, deployment sites against the occupied territory and
/// the reference places, meetings, occupied places and the layer files.
///
/// ```text
/// Venues: distance (km) and azimuth (°) from the capitals of the most-mentioned countries
/// venue      Kyiv (UA, 9×)   Moscow (RU, 6×)  Washington (US, 4×)
/// Budapest   901.5  244.4°   1572.5  227.4°   …
/// ```
public enum SummaryTable {
    public static func render(_ summary: StorySummary) -> String {
        var lines: [String] = []
        if summary.venues.isEmpty {
            lines.append("Venues: none")
        } else {
            lines.append("Venues: distance (km) and azimuth (° at the capital) from the capitals of the most-mentioned countries")
            var rows = [["venue"] + summary.capitals.map { "\($0.capital.name) (\($0.country.countryCode), \($0.country.mentions)×)" }]
            for venue in summary.venues {
                rows.append([venue.place.name] + summary.capitals.map { reference in
                    guard let figure = venue.fromCapitals.first(where: { $0.reference.id == reference.capital.id }) else { return "—" }
                    return "\(km(figure.meters)) km  \(degrees(figure.azimuthDegrees))°"
                })
            }
            lines += aligned(rows)
        }
        lines.append("")
        if summary.deployments.isEmpty {
            lines.append("Deployment sites: none")
        } else {
            lines.append("Deployment sites: distance (km) to the nearest occupied ground and to the reference places")
            let referenceNames = orderedUnique(summary.deployments.flatMap { $0.toReferences.map(\.reference.name) })
            var header = ["site"]
            if summary.occupied != nil { header.append("occupied") }
            do {
                var rows = [header + referenceNames]
                for deployment in summary.deployments {
                    var row = [deployment.place.name]
                    if summary.occupied != nil { row.append(deployment.toOccupied.map { "\(km($0.meters)) km" } ?? "—") }
                    for name in referenceNames {
                        row.append(deployment.toReferences.first { $0.reference.name == name }.map { "\(km($0.meters)) km" } ?? "—")
                    }
                    rows.append(row)
                }
                lines += aligned(rows)
            }
            if let km = summary.ringKilometers { lines.append("range rings: \(FigureFormat.kilometers(km)) km around each site") }
        }
        lines.append("")
        lines.append("Meetings: " + (summary.meetings.isEmpty ? "none" : summary.meetings.map(\.name).joined(separator: ", ")))
        if let occupied = summary.occupied {
            lines.append("Occupied: " + (occupied.isEmpty ? "(no place named)" : occupied.map(\.name).joined(separator: ", ")))
        }
        lines.append("Places: \(summary.placeCount)")
        return lines.joined(separator: "\n")
    }

    static func km(_ meters: Double) -> String { fixed(meters / 1000, decimals: 1) }
    static func degrees(_ value: Double) -> String { fixed(value, decimals: 1) }

    /// Fixed decimals without Foundation formatting: half away from zero, never "-0.0".
    static func fixed(_ value: Double, decimals: Int) -> String {
        let rounded = FigureFormat.round(value, decimals: decimals)
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(rounded) * Double(scale)).rounded())
        let sign = rounded < 0 ? "-" : ""
        let fraction = String(scaled % scale)
        return decimals == 0 ? "\(sign)\(scaled)"
            : "\(sign)\(scaled / scale).\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }

    private static func orderedUnique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    private static func aligned(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) } }
        return rows.map { row in
            row.enumerated().map { k, cell in
                k == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[k] - cell.count)
            }.joined(separator: "   ")
        }
    }
}
