#!/usr/bin/env python3
"""Times geotext over the texts of an NDJSON file ({"id","text"} per line), in one process, one core.

usage: geotext_throughput.py ARTICLES.ndjson [REPEAT]
Prints one JSON object: bytes of text, seconds (lists already loaded), MB/s, spans found.
"""
import json
import sys
import time

from geotext import GeoText

texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
GeoText("warm up in Paris")  # geotext loads its lists on import; this touches them once
size = sum(len(t.encode("utf-8")) for t in texts) * repeat
spans = 0
start = time.perf_counter()
for _ in range(repeat):
    for t in texts:
        g = GeoText(t)
        spans += len(g.cities) + len(g.countries) + len(g.nationalities)
seconds = time.perf_counter() - start
print(json.dumps({"tool": "geotext", "bytes": size, "seconds": round(seconds, 4),
                  "mb_per_s": round(size / 1e6 / seconds, 3), "spans": spans}))
