import Foundation

/// The folding every lookup uses; Scripts/geodata/folding.py applies the same rules when it builds the index.
///
/// Unicode NFKD; combining marks dropped; ß, ł, ø, đ, ð, þ, æ, œ, ı, ħ spelled out in plain letters; apostrophes
/// and full stops removed; any other character that is not a letter or digit becomes a space; lower case; runs of
/// spaces collapsed and trimmed. "Washington, D.C." → "washington dc", "Kogălniceanu" → "kogalniceanu",
/// "Elmendorf–Richardson" → "elmendorf richardson", "L'viv" → "lviv".
enum NameFolding {
    private static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
        "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h", "Ħ": "h",
    ]
    private static let removed: Set<Unicode.Scalar> = [
        "'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{02BB}", "`", "\u{00B4}", "\u{02B9}", "\u{02BE}", "\u{02BF}", ".",
    ]

    static func fold(_ name: String) -> String {
        if let folded = foldASCII(name) { return folded }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func append(_ scalars: String.UnicodeScalarView) {
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(contentsOf: scalars)
        }
        // Plain ASCII needs no decomposition: the common case, kept cheap.
        let source = name.utf8.allSatisfy { $0 < 128 } ? name : name.decomposedStringWithCompatibilityMapping
        for scalar in source.unicodeScalars {
            if removed.contains(scalar) { continue }
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark { continue }
            if let spelled = spelledOut[scalar] {
                append(spelled.unicodeScalars)
            } else if isLetterOrNumber(category) {
                if scalar.isASCII {
                    let byte = UInt8(truncatingIfNeeded: scalar.value)
                    append(String.UnicodeScalarView([Unicode.Scalar(byte >= 65 && byte <= 90 ? byte + 32 : byte)]))
                } else {
                    append(scalar.properties.lowercaseMapping.unicodeScalars)
                }
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// The same rules for an all-ASCII name, byte by byte (letters and digits kept in lower case, apostrophes,
    /// back quotes and full stops removed, anything else a space); nil when the name holds other scalars.
    private static func foldASCII(_ name: String) -> String? {
        let utf8 = name.utf8
        var isASCII = true
        let folded = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var k = 0
            var pendingSpace = false
            for byte in utf8 {
                guard byte < 128 else { isASCII = false; return 0 }
                let lower = byte | 0x20
                let isLetter = lower >= 0x61 && lower <= 0x7A
                if isLetter || (byte >= 0x30 && byte <= 0x39) {
                    if pendingSpace, k > 0 { buffer[k] = 0x20; k += 1 }
                    pendingSpace = false
                    buffer[k] = isLetter ? lower : byte
                    k += 1
                } else if byte == 0x27 || byte == 0x60 || byte == 0x2E {
                    continue
                } else {
                    pendingSpace = true
                }
            }
            return k
        }
        return isASCII ? folded : nil
    }

    private static func isLetterOrNumber(_ category: Unicode.GeneralCategory) -> Bool {
        switch category {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }
}
