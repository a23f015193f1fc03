#!/usr/bin/env python3
"""Independent check of the dated lines of contact in GeoData/contact-lines/.

Builds the held area the same way the Swift overlay does -- extend the line past
its ends, node it with Ukraine's boundary (unary union), polygonize, keep the
faces on the held side -- and prints geodesic areas (WGS 84) per oblast, each
oblast first clipped to the Ukraine outline.

Usage:
  check.py --outline UKRAINE.geojson --oblasts OBLASTS.geojson LINE.json [LINE.json ...]

UKRAINE.geojson: one (multi)polygon feature, Ukraine's admin-0 outline.
OBLASTS.geojson: Ukraine's first-level units, name in the property given by --name-field.
Needs shapely >= 2 and pyproj.
"""
import argparse
import json
import math
import sys

from pyproj import Geod
from shapely.geometry import LineString, Point, Polygon, shape
from shapely.ops import polygonize, unary_union

GEOD = Geod(ellps="WGS84")
EXTEND_DEG = 0.5       # how far each end is pushed out along its last segment
FAR = 20.0             # size of the loop that closes the held side, in degrees


def area_km2(geom):
    if geom.is_empty:
        return 0.0
    return abs(GEOD.geometry_area_perimeter(geom)[0]) / 1e6


def load_single(path):
    with open(path) as f:
        data = json.load(f)
    feats = data["features"] if data.get("type") == "FeatureCollection" else [data]
    return unary_union([shape(f["geometry"]) for f in feats])


def extended(points):
    """(lon, lat) list with both ends pushed EXTEND_DEG further out."""
    def push(a, b):  # move b away from a
        dx, dy = b[0] - a[0], b[1] - a[1]
        n = math.hypot(dx, dy)
        return (b[0] + dx / n * EXTEND_DEG, b[1] + dy / n * EXTEND_DEG)
    return [push(points[1], points[0])] + points + [push(points[-2], points[-1])]


def held_side_region(points, side):
    """Polygon bounded by the line and a far loop on the held side."""
    first, last = points[0], points[-1]
    # the held side of a south-west -> north-east line is south-east when side == "right"
    if side == "right":
        loop = [(last[0] + FAR, last[1]), (last[0] + FAR, first[1] - FAR), (first[0], first[1] - FAR)]
    elif side == "left":
        loop = [(last[0], last[1] + FAR), (first[0] - FAR, last[1] + FAR), (first[0] - FAR, first[1])]
    else:
        raise ValueError(f"held_side must be 'left' or 'right', got {side!r}")
    ring = Polygon(points + loop)
    if not ring.is_valid:
        raise ValueError("line and closing loop cross each other; check the waypoint order")
    return ring


def held_area(doc, ukraine):
    pts = [(w["lon"], w["lat"]) for w in doc["line"]]
    for end, label in ((pts[0], "first"), (pts[-1], "last")):
        if ukraine.contains(Point(end)):
            raise ValueError(f"{doc['date']}: {label} waypoint lies inside Ukraine's outline")
    line = LineString(extended(pts))
    if not line.is_simple:
        raise ValueError(f"{doc['date']}: the line crosses itself")
    noded = unary_union([line, ukraine.boundary])
    faces = [f for f in polygonize(noded) if ukraine.contains(f.representative_point())]
    side = held_side_region(extended(pts), doc["held_side"])
    held = [f for f in faces if side.contains(f.representative_point())]
    extras = [Polygon([(lon, lat) for lat, lon in a["polygon"]]) for a in doc.get("extra_held_areas", [])]
    return unary_union(held + extras).intersection(ukraine)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--outline", required=True)
    ap.add_argument("--oblasts", required=True)
    ap.add_argument("--name-field", default="name")
    ap.add_argument("--min-share", type=float, default=0.0005, help="hide oblasts held below this share")
    ap.add_argument("lines", nargs="+")
    a = ap.parse_args()

    ukraine = load_single(a.outline)
    with open(a.oblasts) as f:
        oblasts = [(ft["properties"][a.name_field], shape(ft["geometry"]).intersection(ukraine))
                   for ft in json.load(f)["features"]]
    ua_km2 = area_km2(ukraine)
    for path in a.lines:
        with open(path) as f:
            doc = json.load(f)
        held = held_area(doc, ukraine)
        held_km2 = area_km2(held)
        print(f"== {doc['date']}  ({path}, {len(doc['line'])} waypoints, held side: {doc['held_side']})")
        print(f"{'oblast':<18}{'area km2':>11}{'held km2':>11}{'share':>8}")
        for name, geom in sorted(oblasts, key=lambda o: o[0]):
            o_km2 = area_km2(geom)
            h_km2 = area_km2(geom.intersection(held))
            if h_km2 / o_km2 >= a.min_share:
                print(f"{name:<18}{o_km2:>11,.0f}{h_km2:>11,.0f}{h_km2 / o_km2:>8.1%}")
        print(f"{'Ukraine (outline)':<18}{ua_km2:>11,.0f}{held_km2:>11,.0f}{held_km2 / ua_km2:>8.1%}")
        print(f"held area valid: {held.is_valid}, parts: {len(getattr(held, 'geoms', [held]))}\n")


if __name__ == "__main__":
    sys.exit(main())
