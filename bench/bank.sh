#!/usr/bin/env bash
# The banks on the region-scale dataset (60,000 staff, 10,000 mentor and 12,000 mentee profiles):
# the mentor list with three filters (subject, competency, free capacity) at 20 concurrent users,
# the coverage roll-up of the whole region, and the plain SQL of each in the same run for the ratio.
# Usage (as root, from the repository root or bench/): bash bench/bank.sh
source "$(dirname "$0")/common.sh"
psqlb() { PGPASSWORD=bench psql -q -t -A -h localhost -p "$pgport" -U nastavnik_bench nastavnik_bench -c "$1"; }
first=$(psqlb "select min(id) from catalog_entry where kind = 'COMPETENCY'")
echo "profiles: $(psqlb 'select count(*) from mentor_profile') mentors, $(psqlb 'select count(*) from mentee_profile') mentees"
curl -fs -b "SESSION=$session" "http://localhost:$port/bank/mentors?subject=3&competency=$first&free=true" | grep -o 'Найдено: [0-9]*'

export SESSION_COOKIE="SESSION=$session" FIRST_COMPETENCY="$first"
echo "== mentor list, subject + competency + free capacity, 20 connections, 30 s (after a 10 s warm-up)"
wrk -t2 -c20 -d10s -s "$here/bank-list.lua" "http://localhost:$port" >/dev/null
wrk -t2 -c20 -d30s -s "$here/bank-list.lua" "http://localhost:$port"
echo "== the same, 20 users who pause about a second between clicks (THINK_MS=1000), 30 s"
THINK_MS=1000 wrk -t2 -c20 -d30s -s "$here/bank-list.lua" "http://localhost:$port"
echo "== the same filters as a plain SQL count (server time of one query, median of 20)"
for i in $(seq 20); do
  psqlb "explain (analyze, format json) select count(*) from mentor_profile b where b.subject_ids @> array[$((1 + i % 24))]::bigint[]
    and b.competency_ids @> array[$((first + i % 12))]::bigint[] and b.capacity > 0 and b.status = 'ACTIVE'" \
    | grep -o '"Execution Time": [0-9.]*' | grep -o '[0-9.]*$'
done | sort -n | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " ms"}'

echo "== coverage of the whole region (page), 1 connection, 20 s"
curl -fs -o /dev/null -b "SESSION=$session" "http://localhost:$port/bank/coverage"
SESSION_COOKIE="SESSION=$session" wrk -t1 -c1 -d20s -s "$here/percentiles.lua" -H "Cookie: SESSION=$session" \
  "http://localhost:$port/bank/coverage"
echo "== the coverage counts as plain SQL (server time, median of 10)"
for i in $(seq 10); do
  psqlb "explain (analyze, format json) select s.organization_path, count(*), count(m.id), count(e.id),
    count(coalesce(m.id, e.id)) from pedagogical_staff s
    left join mentor_profile m on m.person_id = s.person_id and m.organization_id = s.organization_id and m.status = 'ACTIVE'
    left join mentee_profile e on e.person_id = s.person_id and e.organization_id = s.organization_id and e.status = 'ACTIVE'
    group by s.organization_path" | grep -o '"Execution Time": [0-9.]*' | grep -o '[0-9.]*$'
done | sort -n | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " ms"}'
