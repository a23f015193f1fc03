/// Turns HTML into the text a reader sees, keeping for every output scalar the original scalars it came from.
///
/// Tags are removed (block-level ones become a line break, so paragraphs stay apart), the contents of
/// `<script>`, `<style>`, `<noscript>` and `<template>` and comments are dropped, and character references
/// (`&amp;`, `&#233;`, `&#xE9;`) are decoded. It works on a stream: feed chunks in order; a construct cut by
/// the end of a chunk is held back until the next one.
public struct HTMLStripper: Sendable {
    private enum Mode: Sendable { case text, comment, rawText(closing: [Unicode.Scalar]) }

    private var mode = Mode.text
    private var pending: [Unicode.Scalar] = []
    private var pendingBase = 0

    /// A construct longer than this (a tag without `>`, say) is read as text, which bounds memory.
    static let longestHeldConstruct = 65_536

    static let blockTags: Set<String> = [
        "p", "div", "br", "hr", "li", "ul", "ol", "tr", "td", "th", "table", "h1", "h2", "h3", "h4", "h5", "h6",
        "article", "section", "header", "footer", "main", "aside", "nav", "blockquote", "pre", "figure",
        "figcaption", "title", "dd", "dt", "dl", "form", "address", "body", "html", "head",
    ]
    static let rawTextTags: Set<String> = ["script", "style", "noscript", "template"]

    public init() {}

    /// Strips a whole document at once.
    public static func strip(_ scalars: [Unicode.Scalar]) -> ArticleText {
        var stripper = HTMLStripper()
        return stripper.feed(scalars, isFinal: true)
    }

    /// Strips the next chunk of original scalars (which follow the previous chunk directly).
    public mutating func feed(_ chunk: [Unicode.Scalar], isFinal: Bool) -> ArticleText {
        var buffer = pending
        buffer.append(contentsOf: chunk)
        let base = pendingBase
        var output: [Unicode.Scalar] = []
        var ranges: [Range<Int>] = []
        output.reserveCapacity(buffer.count)
        ranges.reserveCapacity(buffer.count)
        func emit(_ scalar: Unicode.Scalar, _ from: Int, _ to: Int) {
            output.append(scalar)
            ranges.append((base + from)..<(base + to))
        }
        let end = buffer.count
        var i = 0
        var holdFrom: Int?
        scan: while i < end {
            switch mode {
            case .comment:
                if let close = Self.find(Array("-->".unicodeScalars), in: buffer, from: i, caseInsensitive: false) {
                    i = close + 3
                    mode = .text
                } else {
                    if !isFinal { holdFrom = max(i, end - 2) }
                    i = end
                }
            case .rawText(let closing):
                if let close = Self.find(closing, in: buffer, from: i, caseInsensitive: true) {
                    i = close
                    mode = .text
                } else {
                    if !isFinal { holdFrom = max(i, end - closing.count) }
                    i = end
                }
            case .text:
                let scalar = buffer[i]
                if scalar == "<" {
                    if i + 1 >= end {
                        if isFinal { emit(scalar, i, i + 1); i += 1 } else { holdFrom = i; break scan }
                        continue
                    }
                    let next = buffer[i + 1]
                    guard next.properties.isAlphabetic || next == "/" || next == "!" || next == "?" else {
                        emit(scalar, i, i + 1)
                        i += 1
                        continue
                    }
                    if next == "!" && i + 4 > end && !isFinal { holdFrom = i; break scan }
                    if i + 4 <= end && buffer[i + 1] == "!" && buffer[i + 2] == "-" && buffer[i + 3] == "-" {
                        mode = .comment
                        i += 4
                        continue
                    }
                    guard let close = Self.tagEnd(in: buffer, from: i + 1) else {
                        if !isFinal && end - i < Self.longestHeldConstruct { holdFrom = i; break scan }
                        emit(scalar, i, i + 1)
                        i += 1
                        continue
                    }
                    let (name, isClosing) = Self.tagName(buffer, from: i + 1, to: close)
                    if Self.blockTags.contains(name) { emit("\n", i, close + 1) }
                    if !isClosing && Self.rawTextTags.contains(name) && buffer[close - 1] != "/" {
                        mode = .rawText(closing: Array("</\(name)".unicodeScalars))
                    }
                    i = close + 1
                } else if scalar == "&" {
                    var j = i + 1
                    while j < end && j - i <= 32 && buffer[j] != ";" && !buffer[j].properties.isWhitespace && buffer[j] != "&" && buffer[j] != "<" {
                        j += 1
                    }
                    if j >= end && !isFinal && j - i <= 32 { holdFrom = i; break scan }
                    if j < end && buffer[j] == ";", let decoded = HTMLEntities.decode(ArticleText.string(buffer[(i + 1)..<j])) {
                        emit(decoded, i, j + 1)
                        i = j + 1
                    } else {
                        emit(scalar, i, i + 1)
                        i += 1
                    }
                } else {
                    emit(scalar, i, i + 1)
                    i += 1
                }
            }
        }
        if let holdFrom {
            pending = Array(buffer[holdFrom...])
            pendingBase = base + holdFrom
        } else {
            pending = []
            pendingBase = base + end
        }
        return ArticleText(scalars: output, originalRanges: ranges)
    }

    /// Index of the `>` that closes a tag opened before `from`, skipping quoted attribute values.
    private static func tagEnd(in buffer: [Unicode.Scalar], from: Int) -> Int? {
        var quote: Unicode.Scalar?
        var j = from
        while j < buffer.count {
            let scalar = buffer[j]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return j
            }
            j += 1
        }
        return nil
    }

    private static func tagName(_ buffer: [Unicode.Scalar], from: Int, to: Int) -> (String, Bool) {
        var j = from
        let isClosing = j < to && buffer[j] == "/"
        if isClosing { j += 1 }
        var name = String.UnicodeScalarView()
        while j < to, buffer[j].properties.isAlphabetic || ("0"..."9").contains(buffer[j]) {
            name.append(contentsOf: buffer[j].properties.lowercaseMapping.unicodeScalars)
            j += 1
        }
        return (String(name), isClosing)
    }

    private static func find(_ needle: [Unicode.Scalar], in buffer: [Unicode.Scalar], from: Int, caseInsensitive: Bool) -> Int? {
        guard !needle.isEmpty, buffer.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= buffer.count {
            var k = 0
            while k < needle.count {
                let a = buffer[i + k], b = needle[k]
                if a != b && !(caseInsensitive && a.value < 128 && b.value < 128 && (a.value | 0x20) == (b.value | 0x20)) { break }
                k += 1
            }
            if k == needle.count { return i }
            i += 1
        }
        return nil
    }
}

/// Tells HTML from plain text by looking for markup near the start.
public enum HTMLDetector {
    /// True when the first 8,192 scalars hold a doctype, an `<html>`/`<body>` tag, or at least two common tags.
    public static func looksLikeHTML(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
        // Every marker starts with "<": text without one is plain, whatever else it holds.
        guard scalars.prefix(8_192).contains("<") else { return false }
        // ASCII lower case; any other scalar becomes 0x80, which no marker holds.
        let head: [UInt8] = scalars.prefix(8_192).map { scalar in
            let v = scalar.value
            return v < 128 ? UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v) : 0x80
        }
        func contains(_ marker: StaticString) -> Bool {
            let needle = UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)
            guard head.count >= needle.count, let first = needle.first else { return false }
            var i = 0
            while i + needle.count <= head.count {
                if head[i] == first {
                    var k = 1
                    while k < needle.count && head[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                i += 1
            }
            return false
        }
        if contains("<!doctype html") || contains("<html") || contains("<body") { return true }
        let markers: [StaticString] = ["<p>", "<p ", "</p>", "<div", "</div>", "<br>", "<br/>", "<br />", "<a href", "</a>", "<span", "<article", "<h1", "<h2", "<li>", "<script", "<meta "]
        return markers.reduce(0) { $0 + (contains($1) ? 1 : 0) } >= 2
    }
}
