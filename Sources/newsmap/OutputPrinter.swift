import Foundation
import GeoJSON

/// Prints command results: JSON for machines, fixed-precision numbers for people.
enum OutputPrinter {
    static func printJSON(_ value: JSONValue) {
        print(value.serialized(pretty: false))
    }
}

/// `value` with exactly `decimals` decimals, for tables ("-0.000" prints as "0.000").
func format(_ value: Double, decimals: Int) -> String {
    let text = String(format: "%.\(decimals)f", value)
    return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
}
