"""Name folding shared by the GeoData builder; Sources/Gazetteer/NameFolding.swift implements the same rules.

A folded key is what every lookup compares: Unicode NFKD, combining marks dropped, a few letters that do not
decompose spelled out (ł → l, ß → ss, æ → ae …), apostrophes and full stops removed ("L'viv" → "lviv",
"D.C." → "dc"), every other character that is not a letter or digit turned into a space, lower case, runs of
spaces collapsed. So "Washington, D.C." and "Washington DC" fold to "washington dc", and "Elmendorf–Richardson"
and "Elmendorf Richardson" to "elmendorf richardson".
"""
import unicodedata

# Letters that NFKD leaves alone but a reader of English treats as plain Latin letters.
SPELLED_OUT = {
    "ß": "ss", "ẞ": "ss", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
    "þ": "th", "Þ": "th", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h", "Ħ": "h",
}

# Characters removed without leaving a space: apostrophes of every kind, modifier letters used as them, full stops.
REMOVED = set("'\u2019\u2018\u02bc\u02bb\u0060\u00b4\u02b9\u02be\u02bf.")


def fold(name: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFKD", name):
        if ch in REMOVED:
            continue
        category = unicodedata.category(ch)
        if category == "Mn":
            continue
        if ch in SPELLED_OUT:
            out.append(SPELLED_OUT[ch])
        elif category[0] in "LN":
            out.append(ch.lower())
        else:
            out.append(" ")
    return " ".join("".join(out).split())
