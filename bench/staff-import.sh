#!/usr/bin/env bash
# Staff import (60,000 rows) and people export (100,000 rows) with the application's heap limited
# to 256 MB, on the region-scale dataset (60,000 staff). Steps: a 40,000-row import (warms up the
# JVM and brings the region to 100,000 people), three exports of the whole region (100,000 rows),
# then two imports of 60,000 new rows. Import figures are the server's own log line (file checked
# and read, duplicates looked for, saved, statistics); export figures are curl's total on loopback.
# Usage (as root, from the repository root or bench/): bash bench/staff-import.sh
HEAP=-Xmx256m
source "$(dirname "$0")/common.sh"

staff_file() { # rows seed file
  ../mvnw -B -q -f pom.xml exec:java -Dexec.mainClass=org.nastavnik.bench.StaffFile \
    -Dexec.args="$NASTAVNIK_DB_URL nastavnik_bench bench $1 $2 $3"
}
run_import() { # file
  local token job page
  # the CSRF token is checked against its cookie: keep the whole cookie jar
  token=$(curl -fs -b "$cookies" -c "$cookies" "http://localhost:$port/people/import" | csrf)
  job=$(curl -fs -o /dev/null -w '%{redirect_url}' -b "$cookies" -c "$cookies" -F "_csrf=$token" -F "org=$org" \
    -F "file=@$1;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
    "http://localhost:$port/people/import")
  while page=$(curl -fs -b "SESSION=$session" "$job"); echo "$page" | grep -q 'every 1s'; do sleep 0.5; done
  echo "$page" | grep -q 'id="import-saved"' || { echo "import of $1 was not saved:"; echo "$page" | grep -o '<td>[^<]*</td>' | head -n 20; exit 1; }
  grep 'Staff import into organization' "$log" | tail -n 1 | sed 's/.*StaffImport *: //'
}
export_all() {
  curl -fs -o /tmp/nastavnik-export.xlsx -w 'export: %{size_download} bytes in %{time_total} s\n' \
    -b "SESSION=$session" "http://localhost:$port/people/export.xlsx"
}

staff_file 40000 1 /tmp/staff-40k.xlsx
staff_file 60000 2 /tmp/staff-60k-a.xlsx
staff_file 60000 3 /tmp/staff-60k-b.xlsx
echo "== warm-up import, 40,000 rows"
run_import /tmp/staff-40k.xlsx
echo "== export of the region, $(su postgres -c "psql -tA -p $pgport -d nastavnik_bench -c 'select count(*) from person where anonymized_on is null and id in (select person_id from employment)'") people"
export_all; export_all; export_all
echo "== import, 60,000 rows (twice, new people each time)"
run_import /tmp/staff-60k-a.xlsx
run_import /tmp/staff-60k-b.xlsx
echo "== heap: $(grep -c OutOfMemoryError "$log" || true) OutOfMemoryError in the log"
