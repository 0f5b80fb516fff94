#!/usr/bin/env bash
# Roadmap import from Word: a 2,000-row .docx (the district seed's rows repeated and renumbered, a
# section spanning the table every 50 rows, cells of several paragraphs) uploaded to
# /roadmaps/new/docx, which reads it, fills the form and answers with the preview of all 2,000
# lines and their deadlines. The application's heap is limited to 256 MB, on the region-scale
# dataset, signed in as the regional operator (whose form lists every unit of the region). Three
# warm-up uploads, then ten timed ones (curl's total on loopback); prints the min, median and max,
# and the server's own log lines for reading the document.
# Usage (as root, from the repository root or bench/): bash bench/roadmap-docx.sh
HEAP=-Xmx256m
source "$(dirname "$0")/common.sh"

docx=/tmp/roadmap-2000.docx
../mvnw -B -q -f pom.xml compile exec:java -Dexec.mainClass=org.nastavnik.bench.RoadmapDocxFile \
  -Dexec.args="../src/test/resources/roadmap/seeds/district.txt 2000 $docx"
echo "== $docx: $(stat -c %s $docx) bytes"

upload() {
  local token
  token=$(curl -fs -b "$cookies" -c "$cookies" "http://localhost:$port/roadmaps/new" | csrf)
  curl -fs -o /tmp/roadmap-preview.html -w '%{time_total}\n' -b "$cookies" -c "$cookies" \
    -F "_csrf=$token" -F "ownerUnitId=$org" \
    -F "file=@$docx;type=application/vnd.openxmlformats-officedocument.wordprocessingml.document" \
    "http://localhost:$port/roadmaps/new/docx"
}

for _ in 1 2 3; do upload >/dev/null; done
lines=$(grep -c '<tr' /tmp/roadmap-preview.html || true)
grep -q 'id="roadmap-lines"' /tmp/roadmap-preview.html || { echo "no preview:"; grep -o 'id="file-error"[^<]*<' /tmp/roadmap-preview.html; exit 1; }
echo "== preview: $((lines - 1)) lines, $(stat -c %s /tmp/roadmap-preview.html) bytes"
times=$(for _ in $(seq 10); do upload; done | sort -n)
echo "== upload to preview, 10 runs (s): $(echo $times | tr '\n' ' ')"
echo "min $(echo "$times" | head -n 1) s, median $(echo "$times" | awk '{a[NR]=$1} END {print (a[5]+a[6])/2}') s, max $(echo "$times" | tail -n 1) s"
echo "== the server's reading of the file (last 5): "
grep 'Roadmap read from .docx' "$log" | tail -n 5 | sed 's/.*RoadmapDocx *: //'
echo "== heap: $(grep -c OutOfMemoryError "$log" || true) OutOfMemoryError in the log"
