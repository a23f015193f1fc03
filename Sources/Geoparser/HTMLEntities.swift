/// Named and numeric character references of HTML, decoded to scalars.
enum HTMLEntities {
    /// Decodes the body of a reference (what lies between `&` and `;`): `amp`, `#233`, `#xE9`.
    static func decode(_ body: String) -> Unicode.Scalar? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Self.allowed)
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst(), radix: 10).flatMap(Self.allowed)
        }
        return named[body]
    }

    /// Numeric references to NUL, surrogates or beyond U+10FFFF decode to U+FFFD, as browsers do.
    private static func allowed(_ value: UInt32) -> Unicode.Scalar? {
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    static let named: [String: Unicode.Scalar] = {
        var table: [String: Unicode.Scalar] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
            "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
            "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}",
            "hellip": "\u{2026}", "bull": "\u{2022}", "trade": "\u{2122}", "euro": "\u{20AC}",
            "minus": "\u{2212}", "prime": "\u{2032}", "Prime": "\u{2033}", "thinsp": "\u{2009}",
            "ensp": "\u{2002}", "emsp": "\u{2003}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
            "lrm": "\u{200E}", "rlm": "\u{200F}", "dagger": "\u{2020}", "Dagger": "\u{2021}",
            "permil": "\u{2030}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "OElig": "\u{152}",
            "oelig": "\u{153}", "Scaron": "\u{160}", "scaron": "\u{161}", "Yuml": "\u{178}",
            "Zcaron": "\u{17D}", "zcaron": "\u{17E}", "fnof": "\u{192}", "circ": "\u{2C6}", "tilde": "\u{2DC}",
        ]
        // HTML 4's Latin-1 set, in code point order from U+00A0.
        let latin1 = """
            nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
            deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest \
            Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
            ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig \
            agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml \
            eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
            """
        for (offset, name) in latin1.split(separator: " ").enumerated() {
            if let scalar = Unicode.Scalar(0xA0 + UInt32(offset)) { table[String(name)] = scalar }
        }
        return table
    }()
}
