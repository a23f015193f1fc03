"""Writers for the two binary files of GeoData; Sources/Gazetteer/GazetteerFile.swift and BoundaryFile.swift read them.

gazetteer.bin (all integers little-endian):
    magic "NMGAZ001", u32 format version, u32 section count, then per section: 4-byte tag, u32 offset, u32 length.
    STRS  UTF-8 strings, each ended by a NUL byte; offset 0 holds the empty string.
    META  "key=value" lines (UTF-8): version, sources.
    PLCS  place records, 32 bytes each (see PLACE_RECORD).
    KEYS  folded names sorted by their UTF-8 bytes: u32 string offset, u32 index of the first posting (8 bytes);
          a key's postings run up to the next key's first posting (or the end of POST). When the top bit of the
          offset is set, the string there is an ASCII name whose lower case is the key (the key is not stored twice).
    POST  postings, 8 bytes: u32 place index | match type << 28, u32 offset of the name as written, or
          WRITTEN_AS_KEY (written exactly as the folded key) or WRITTEN_TITLE_CASE (the ASCII key with the first
          letter of each space-separated word in upper case).
    WRDS  country words sorted like KEYS: u32 folded-word offset, u32 country place index, u32 form (0 adjective,
          1 demonym), u32 offset of the word as written (16 bytes).
    MEMB  region members, sorted by region: u32 region place index, u32 member place index (8 bytes).
    CAPS  national capitals, sorted by country: u32 country place index, u32 capital place index (8 bytes).
    BNDS  boundaries, sorted by place: u32 place index, u32 geometry index in boundaries.bin (8 bytes).
    ISO3  ISO 3166-1 alpha-3 codes, sorted by place: u32 country place index, 4 bytes ASCII code, zero-padded.

A place record (PLACE_RECORD, 32 bytes):
    u32 id: a GeoNames id with the top bit set, else the offset of the id string
    u32 name offset
    i32 parent admin-1 place index, -1 when unknown (an admin-1 unit is its own parent)
    i32 latitude, i32 longitude, in 1e-5 degrees
    u32 population, 0 when unknown
    u16 prominence, 0 when unranked
    u8 kind (index into KINDS), u8 flags (bit 0: national capital)
    2 bytes country code (ASCII, zeros when none), 2 bytes de facto country code (zeros when same as de jure)

boundaries.bin:
    magic "NMBND001", u32 format version, u32 count, (count + 1) u32 offsets into the data that follows.
    A geometry: varint polygon count; per polygon varint ring count; per ring varint point count, then per point
    zigzag varint deltas of longitude and latitude in 1e-5 degrees from the previous point (the first from 0, 0).
    Exterior rings run counter-clockwise, holes clockwise (RFC 7946).
"""
import struct

FORMAT_VERSION = 1
KINDS = ["city", "country", "admin1", "region", "continent", "airport", "airbase", "facility"]
MATCH_PRIMARY, MATCH_CURATED, MATCH_GENERATED, MATCH_ALTERNATE = 0, 1, 2, 3
WRITTEN_AS_KEY, WRITTEN_TITLE_CASE = 0xFFFFFFFF, 0xFFFFFFFE
PLACE_RECORD = struct.Struct("<IIiiiIHBB2s2s")
assert PLACE_RECORD.size == 32
LOWERCASE_KEY_FLAG = 0x80000000


class StringTable:
    def __init__(self):
        self.data = bytearray(b"\0")
        self.offsets = {"": 0}

    def add(self, text: str) -> int:
        offset = self.offsets.get(text)
        if offset is None:
            encoded = text.encode("utf-8")
            if b"\0" in encoded:
                raise ValueError(f"NUL in string {text!r}")
            offset = len(self.data)
            self.data += encoded + b"\0"
            self.offsets[text] = offset
        return offset


def title_case(key: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in key.split(" "))


def write_gazetteer(path, meta_lines, places, postings_by_key, country_words, members, capitals):
    """places: list of dicts; postings_by_key: {folded: [(place_index, match, written)]};
    country_words: [(folded, place_index, form, written)]; members: [(region_index, member_index)];
    capitals: [(country_index, capital_index)]."""
    strings = StringTable()
    place_bytes = bytearray()
    for p in places:
        gid = p.get("geonameid")
        id_field = (0x80000000 | gid) if gid is not None else strings.add(p["id"])
        place_bytes += PLACE_RECORD.pack(
            id_field, strings.add(p["name"]), p.get("parent", -1),
            round(p["lat"] * 1e5), round(p["lon"] * 1e5), p.get("population") or 0,
            p.get("prominence") or 0, KINDS.index(p["kind"]),
            1 if p.get("capital") else 0, (p.get("cc") or "").encode("ascii").ljust(2, b"\0"),
            (p.get("defacto") or "").encode("ascii").ljust(2, b"\0"),
        )
    key_bytes = bytearray()
    post_bytes = bytearray()
    count = 0
    for key in sorted(postings_by_key, key=lambda k: k.encode("utf-8")):
        shared = sorted(w for _, _, w in postings_by_key[key] if w.isascii() and w.lower() == key)
        key_field = (strings.add(shared[0]) | LOWERCASE_KEY_FLAG) if shared else strings.add(key)
        key_bytes += struct.pack("<II", key_field, count)
        for place_index, match, written in postings_by_key[key]:
            if written == key:
                written_field = WRITTEN_AS_KEY
            elif key.isascii() and written == title_case(key):
                written_field = WRITTEN_TITLE_CASE
            else:
                written_field = strings.add(written)
            post_bytes += struct.pack("<II", place_index | (match << 28), written_field)
            count += 1
    word_bytes = bytearray()
    for folded, place_index, form, written in sorted(country_words, key=lambda w: w[0].encode("utf-8")):
        word_bytes += struct.pack("<IIII", strings.add(folded), place_index, form, strings.add(written))
    member_bytes = bytearray()
    for region, member in sorted(members):
        member_bytes += struct.pack("<II", region, member)
    alpha3_bytes = bytearray()
    for index, p in enumerate(places):
        if p.get("iso3"):
            alpha3_bytes += struct.pack("<I4s", index, p["iso3"].encode("ascii"))
    boundary_bytes = bytearray()
    for index, p in enumerate(places):
        if p.get("boundary", -1) >= 0:
            boundary_bytes += struct.pack("<II", index, p["boundary"])
    capital_bytes = bytearray()
    for country, capital in sorted(capitals):
        capital_bytes += struct.pack("<II", country, capital)
    meta = ("\n".join(meta_lines) + "\n").encode("utf-8")
    sections = [(b"STRS", bytes(strings.data)), (b"META", meta), (b"PLCS", bytes(place_bytes)),
                (b"KEYS", bytes(key_bytes)), (b"POST", bytes(post_bytes)), (b"WRDS", bytes(word_bytes)),
                (b"MEMB", bytes(member_bytes)), (b"CAPS", bytes(capital_bytes)), (b"BNDS", bytes(boundary_bytes)), (b"ISO3", bytes(alpha3_bytes))]
    header_size = 8 + 4 + 4 + 12 * len(sections)
    out = bytearray(b"NMGAZ001" + struct.pack("<II", FORMAT_VERSION, len(sections)))
    offset = header_size
    table = bytearray()
    body = bytearray()
    for tag, data in sections:
        pad = (-offset) % 4
        body += b"\0" * pad
        offset += pad
        table += tag + struct.pack("<II", offset, len(data))
        body += data
        offset += len(data)
    out += table + body
    with open(path, "wb") as f:
        f.write(out)


def _varint(value: int, out: bytearray):
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return


def _zigzag(value: int) -> int:
    return (value << 1) ^ (value >> 63)


def encode_geometry(polygons) -> bytes:
    """polygons: [[ring, ...], ...], each ring a list of (lon_e5, lat_e5) integer pairs, closed."""
    out = bytearray()
    _varint(len(polygons), out)
    for rings in polygons:
        _varint(len(rings), out)
        for ring in rings:
            _varint(len(ring), out)
            px, py = 0, 0
            for x, y in ring:
                _varint(_zigzag(x - px), out)
                _varint(_zigzag(y - py), out)
                px, py = x, y
    return bytes(out)


def write_boundaries(path, encoded_geometries):
    out = bytearray(b"NMBND001" + struct.pack("<II", FORMAT_VERSION, len(encoded_geometries)))
    offset = 0
    offsets = []
    for g in encoded_geometries:
        offsets.append(offset)
        offset += len(g)
    offsets.append(offset)
    out += struct.pack(f"<{len(offsets)}I", *offsets)
    for g in encoded_geometries:
        out += g
    with open(path, "wb") as f:
        f.write(out)
