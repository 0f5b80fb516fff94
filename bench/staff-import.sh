#!/usr/bin/env bash
# Staff import (60,000 rows) and people export (100,000 rows) with the application's heap limited
# to 256 MB, on the region-scale dataset (60,000 staff). Steps: a 40,000-row import (brings the
# region to 100,000 people), three exports of the whole region (100,000 rows), a first 60,000-row
# import (with the one before, the JVM's warm-up: a server that has run for a while has compiled
# this code), then three imports of 60,000 new rows. Import figures are the server's own log line
# (file read and checked while saving, saved, unsaved rows looked up), followed by the CPU time the
# PostgreSQL server and the application spent meanwhile; export figures are curl's total on loopback.
# Usage (as root, from the repository root or bench/): bash bench/staff-import.sh
HEAP=-Xmx256m
source "$(dirname "$0")/common.sh"

staff_file() { # rows seed file
  ../mvnw -B -q -f pom.xml exec:java -Dexec.mainClass=org.nastavnik.bench.StaffFile \
    -Dexec.args="$NASTAVNIK_DB_URL nastavnik_bench bench $1 $2 $3"
}
cpu_ms() { # pids: their CPU time (user + system) so far, in ms
  local pid total=0
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo $((total * 1000 / $(getconf CLK_TCK)))
}
run_import() { # file
  local token job page pg java
  # the CSRF token is checked against its cookie: keep the whole cookie jar
  token=$(curl -fs -b "$cookies" -c "$cookies" "http://localhost:$port/people/import" | csrf)
  pg=$(cpu_ms $(pgrep -u postgres postgres)); java=$(cpu_ms $app)
  job=$(curl -fs -o /dev/null -w '%{redirect_url}' -b "$cookies" -c "$cookies" -F "_csrf=$token" -F "org=$org" \
    -F "file=@$1;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
    "http://localhost:$port/people/import")
  while page=$(curl -fs -b "SESSION=$session" "$job"); echo "$page" | grep -q 'every 1s'; do sleep 0.5; done
  echo "$page" | grep -q 'id="import-saved"' || { echo "import of $1 was not saved:"; echo "$page" | grep -o '<td>[^<]*</td>' | head -n 20; exit 1; }
  grep 'Staff import into organization' "$log" | tail -n 1 | sed 's/.*StaffImport *: //'
  echo "  CPU meanwhile: PostgreSQL $(($(cpu_ms $(pgrep -u postgres postgres)) - pg)) ms, application $(($(cpu_ms $app) - java)) ms"
}
export_all() {
  curl -fs -o /tmp/nastavnik-export.xlsx -w 'export: %{size_download} bytes in %{time_total} s\n' \
    -b "SESSION=$session" "http://localhost:$port/people/export.xlsx"
}

staff_file 40000 1 /tmp/staff-40k.xlsx
staff_file 60000 2 /tmp/staff-60k-a.xlsx
staff_file 60000 3 /tmp/staff-60k-b.xlsx
staff_file 60000 4 /tmp/staff-60k-c.xlsx
staff_file 60000 5 /tmp/staff-60k-d.xlsx
echo "== warm-up import, 40,000 rows"
run_import /tmp/staff-40k.xlsx
echo "== export of the region, $(su postgres -c "psql -tA -p $pgport -d nastavnik_bench -c 'select count(*) from person where anonymized_on is null and id in (select person_id from employment)'") people"
export_all; export_all; export_all
echo "== warm-up import, 60,000 rows"
run_import /tmp/staff-60k-a.xlsx
echo "== import, 60,000 rows (three times, new people each time)"
for file in b c d; do sleep 3; run_import /tmp/staff-60k-$file.xlsx; done
echo "== heap: $(grep -c OutOfMemoryError "$log" || true) OutOfMemoryError in the log"
