#!/usr/bin/env python3
"""Independent areas for the occupied-territory layer: pyproj on the polygons NewsMap writes.

Reads FeatureCollections written by `newsmap overlay occupied --output FILE` and measures every polygon feature with
pyproj's `Geod(ellps="WGS84").geometry_area_perimeter` (GeographicLib, geodesic edges). Writes one JSON object:

  {"generator": ..., "snapshots": {"2025-07-01": [{"kind", "id", "name", "area_km2", "perimeter_km"}, ...], ...}}

keyed by the layer's `as_of`. Tests/AtlasTests/OverlayRealDataTests.swift holds NewsMap's `area_km2` against it to
1e-6 relative. Run once after the boundaries or the lines change:

  python3 -m venv /tmp/overlay-venv && /tmp/overlay-venv/bin/pip install pyproj shapely
  for d in 2022-12-01 2025-07-01; do newsmap overlay occupied --as-of $d --output /tmp/occupied-$d.geojson; done
  /tmp/overlay-venv/bin/python Scripts/overlay-fixture/make_fixture.py /tmp/occupied-*.geojson \\
      > Tests/Fixtures/overlay/pyproj-areas.json
"""
import json
import sys

import pyproj
import shapely
from pyproj import Geod
from shapely.geometry import shape

GEOD = Geod(ellps="WGS84")


def measure(feature):
    area, perimeter = GEOD.geometry_area_perimeter(shape(feature["geometry"]))
    props = feature["properties"]
    return {
        "kind": props["kind"],
        "id": props["id"],
        "name": props["name"],
        "area_km2": abs(area) / 1e6,
        "perimeter_km": perimeter / 1e3,
    }


def main(paths):
    if not paths:
        sys.exit(__doc__)
    snapshots = {}
    for path in paths:
        with open(path) as f:
            layer = json.load(f)
        as_of = layer["occupation"]["as_of"]
        snapshots[as_of] = [measure(f) for f in layer["features"]]
    out = {
        "generator": f"Scripts/overlay-fixture/make_fixture.py (pyproj {pyproj.__version__}, shapely {shapely.__version__})",
        "snapshots": dict(sorted(snapshots.items())),
    }
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
