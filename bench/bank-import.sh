#!/usr/bin/env bash
# Bank import on the region-scale dataset (60,000 staff, 10,000 mentor and 12,000 mentee profiles):
# the regional operator uploads 20,000 mentors of the whole region (organizations named by short
# name, people by e-mail or full name with birth date) through the import page; then the same file
# again (20,000 profiles replaced); then 20,000 mentees. Figures are the server's own log line (file
# checked and read, people matched, rules checked, saved) and curl's total on loopback; the first
# import warms the JVM up. Then the plain SQL that finds 20,000 people by e-mail, for the ratio.
# Usage (as root, from the repository root or bench/): bash bench/bank-import.sh
source "$(dirname "$0")/common.sh"
psqlb() { PGPASSWORD=bench psql -q -t -A -h localhost -p "$pgport" -U nastavnik_bench nastavnik_bench -c "$1"; }
region=$(psqlb "select id from unit where level = 'REGION' order by id limit 1")

bank_file() { # bank rows file
  ../mvnw -B -q -f pom.xml exec:java -Dexec.mainClass=org.nastavnik.bench.BankFile \
    -Dexec.args="$NASTAVNIK_DB_URL nastavnik_bench bench $1 $2 $3"
}
run_import() { # bank file [bothRoles]
  local token page
  token=$(curl -fs -b "$cookies" -c "$cookies" "http://localhost:$port/bank/import" | csrf)
  page=$(curl -fs -b "$cookies" -c "$cookies" -w '\ncurl total: %{time_total} s' -F "_csrf=$token" -F "bank=$1" -F "bothRoles=${3:-false}" \
    -F "unit=$region" -F "file=@$2;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
    "http://localhost:$port/bank/import")
  grep -q 'id="import-saved"' <<<"$page" || { echo "import of $2 was not saved:"; echo "$page" | grep -o '<td[^>]*>[^<]*</td>' | head -n 20; exit 1; }
  grep 'Bank import' "$log" | tail -n 1 | sed 's/.*BankImport *: //'
  echo "$page" | tail -n 1
}

bank_file mentors 20000 /tmp/bank-mentors-20k.xlsx
bank_file mentees 20000 /tmp/bank-mentees-20k.xlsx
echo "== 20,000 new mentors into the region (warm-up)"
run_import mentors /tmp/bank-mentors-20k.xlsx
echo "== the same file again: 20,000 profiles replaced"
run_import mentors /tmp/bank-mentors-20k.xlsx
echo "== 20,000 new mentees into the region (some are mentors too: acknowledged, as the page asks)"
run_import mentees /tmp/bank-mentees-20k.xlsx true
echo "profiles now: $(psqlb 'select count(*) from mentor_profile') mentors, $(psqlb 'select count(*) from mentee_profile') mentees"
echo "== plain SQL: 20,000 people found by e-mail (server time, median of 10)"
for i in $(seq 10); do
  psqlb "explain (analyze, format json) select id from person where email = any(array(select email from person
    where email is not null order by id limit 20000))" | grep -o '"Execution Time": [0-9.]*' | grep -o '[0-9.]*$'
done | sort -n | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " ms"}'
