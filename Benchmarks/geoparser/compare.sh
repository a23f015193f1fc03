#!/usr/bin/env bash
# Throughput of `newsmap extract --ndjson` beside geotext on the same texts, one core, lists/gazetteer loaded.
# Texts: the GeoWebNews articles from ../shared/corpus (read in place, never copied into the repository),
# repeated to about 2 MB. Load time is measured on an empty batch and subtracted.
#   usage: [NEWSMAP=binary] Benchmarks/geoparser/compare.sh [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/../.."
CORPUS=${NEWSMAP_CORPUS:-../shared/corpus}
REPEAT=${1:-4}
WORK=.eval/bench
mkdir -p "$WORK"

python3 - "$CORPUS/gwn.jsonl" "$WORK/articles.ndjson" "$REPEAT" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for r in range(int(sys.argv[3])):
        for d in docs:
            out.write(json.dumps({"id": f"{d['id']}-{r}", "text": d["text"]}) + "\n")
PY
: > "$WORK/empty.ndjson"

# NEWSMAP=path/to/newsmap Benchmarks/geoparser/compare.sh times a binary you built (e.g. an older commit's).
if [ -z "${NEWSMAP:-}" ]; then
    swift build -c release --product newsmap >/dev/null
    NEWSMAP=$(swift build -c release --show-bin-path)/newsmap
fi

if [ ! -x .eval/venv/bin/python ]; then
    python3 -m venv .eval/venv
    .eval/venv/bin/pip install --quiet geotext==0.4.0
fi

seconds() { local s e; s=$(date +%s.%N); "$@" > /dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
BYTES=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$WORK/articles.ndjson")
LOAD=$(seconds taskset -c 0 "$NEWSMAP" extract --ndjson "$WORK/empty.ndjson")
FULL=$(seconds taskset -c 0 "$NEWSMAP" extract --ndjson "$WORK/articles.ndjson")
python3 - "$BYTES" "$LOAD" "$FULL" <<'PY'
import json, sys
size, load, full = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
work = max(full - load, 1e-9)
print(json.dumps({"tool": "newsmap", "bytes": size, "load_seconds": round(load, 4), "seconds": round(work, 4),
                  "mb_per_s": round(size / 1e6 / work, 3)}))
PY
taskset -c 0 .eval/venv/bin/python Benchmarks/geoparser/geotext_throughput.py "$WORK/articles.ndjson"
