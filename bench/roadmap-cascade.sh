#!/usr/bin/env bash
# The cascade matrix on the region-scale dataset: a regional roadmap (owned by the region) with ten
# activities, each required of every educational organization of the region (1,500), about a third
# of the cells recorded (done with a link as evidence, some not applicable), and every organization
# given an approved roadmap of its own for the one «roadmap» requirement. Then the whole matrix as
# JSON (/api/v1/roadmaps/cascade, 1,500 rows × 10 cells) and its first page as HTML
# (/roadmaps/cascade, 100 rows), the page signed in as the regional operator, the API as a reader of
# the whole region with HTTP Basic (added here: the operator's second factor closes Basic to them): three warm-up requests, then
# twenty timed ones each (curl's total on loopback); prints min, median and max.
# Usage (as root, from the repository root or bench/): bash bench/roadmap-cascade.sh
source "$(dirname "$0")/common.sh"

region=$(grep -o 'region id [0-9]*' /tmp/nastavnik-dataset.txt | grep -o '[0-9]*$')
PGPASSWORD=bench psql -q -h localhost -p "$pgport" -U nastavnik_bench nastavnik_bench <<SQL
insert into roadmap (id, owner_unit_id, owner_path, title, period_from, period_to, status, order_number,
  order_date, created_by)
select nextval('roadmap_seq'), id, path, 'Bench regional roadmap', current_date - 200, current_date + 165,
  'APPROVED', '1-od', current_date - 200, 'bench' from unit where id = $region;
insert into roadmap_line (roadmap_id, position, section, number, activity, deadline)
select currval('roadmap_seq'), n, false, '1.' || n, 'Bench activity ' || n, '' from generate_series(1, 10) n;
insert into roadmap_requirement (id, roadmap_id, position, owner_path, due_on, kind, changed_by)
select nextval('roadmap_requirement_seq'), currval('roadmap_seq'), n, (select path from unit where id = $region),
  current_date - 100 + n * 20, case when n = 1 then 'ROADMAP' else 'ACTION' end, 'bench'
from generate_series(1, 10) n;
-- a third of the cells recorded: done (every other with a link) or not applicable
insert into roadmap_fulfilment (id, requirement_id, organization_id, organization_path, status, reason,
  changed_by, changed_at)
select nextval('roadmap_fulfilment_seq'), q.id, u.id, u.path,
  case when (u.id + q.id) % 9 = 0 then 'NOT_APPLICABLE' else 'DONE' end,
  case when (u.id + q.id) % 9 = 0 then 'bench' end, 'bench', now()
from unit u cross join roadmap_requirement q
where u.level = 'ORGANIZATION' and (u.id + q.id) % 3 = 0 and q.roadmap_id = currval('roadmap_seq');
insert into roadmap_evidence (id, fulfilment_id, url, created_by)
select nextval('roadmap_evidence_seq'), id, 'https://example.org/' || id, 'bench'
from roadmap_fulfilment where id % 2 = 0;
-- half of the organizations approved a roadmap of their own
insert into roadmap (id, owner_unit_id, owner_path, title, period_from, period_to, status, order_number,
  order_date, created_by)
select nextval('roadmap_seq'), id, path, 'Own roadmap', current_date - 200, current_date + 165, 'APPROVED',
  '2-od', current_date - 190, 'bench' from unit where level = 'ORGANIZATION' and id % 2 = 0;
-- the JSON API takes HTTP Basic, which a regional operator (second factor) cannot use: a reader of the
-- whole region without one, a coordinator's role held at the region
insert into person (id, last_name, first_name, email, search_text, sort_key)
select max(id) + 1, 'Bench', 'Cascade', 'bench-cascade@example.org', 'bench cascade', 'bench cascade' from person;
insert into account (id, person_id, username, password_hash)
select nextval('account_seq') + 2000000, id, email, '{noop}bench-cascade-password' from person
where email = 'bench-cascade@example.org';
insert into role_assignment (id, person_id, role, unit_id, unit_path, granted_by)
select nextval('role_assignment_seq') + 2000000, p.id, 'MUNICIPAL_COORDINATOR', u.id, u.path, 'bench'
from person p, unit u where p.email = 'bench-cascade@example.org' and u.id = $region;
analyze roadmap; analyze roadmap_line; analyze roadmap_requirement; analyze roadmap_fulfilment;
analyze roadmap_evidence; analyze unit;
SQL
roadmap=$(PGPASSWORD=bench psql -tA -h localhost -p "$pgport" -U nastavnik_bench nastavnik_bench \
  -c "select id from roadmap where title = 'Bench regional roadmap'")
echo "== matrix of roadmap $roadmap: $(PGPASSWORD=bench psql -tA -h localhost -p "$pgport" -U nastavnik_bench nastavnik_bench \
  -c "select count(*) from roadmap_requirement where roadmap_id = $roadmap") requirements,"\
" $(PGPASSWORD=bench psql -tA -h localhost -p "$pgport" -U nastavnik_bench nastavnik_bench \
  -c "select count(*) from roadmap_fulfilment") fulfilments recorded"

timed() {
  local url=$1 auth=(-b "SESSION=$session")
  [[ $url == */api/* ]] && auth=(-u bench-cascade@example.org:bench-cascade-password)
  for _ in 1 2 3; do curl -fs -o /dev/null "${auth[@]}" "$url"; done
  curl -fs -o /tmp/cascade-response "${auth[@]}" "$url"
  times=$(for _ in $(seq 20); do
    curl -fs -o /dev/null -w '%{time_total}\n' "${auth[@]}" "$url"; done | sort -n)
  echo "min $(echo "$times" | head -n 1) s, median $(echo "$times" | awk '{a[NR]=$1} END {print (a[10]+a[11])/2}') s,"\
" max $(echo "$times" | tail -n 1) s; $(stat -c %s /tmp/cascade-response) bytes"
}
echo "== /api/v1/roadmaps/cascade?roadmapId=$roadmap (the whole matrix as JSON)"
timed "http://localhost:$port/api/v1/roadmaps/cascade?roadmapId=$roadmap"
echo "   rows: $(grep -o '"organizationId"' /tmp/cascade-response | wc -l), cells: $(grep -o '"requirementId"' /tmp/cascade-response | wc -l)"
echo "== /roadmaps/cascade?roadmap=$roadmap (the page: counts over all rows, the first 100 rows)"
timed "http://localhost:$port/roadmaps/cascade?roadmap=$roadmap"
echo "== /roadmaps/cascade?roadmap=$roadmap&late=true (only late organizations)"
timed "http://localhost:$port/roadmaps/cascade?roadmap=$roadmap&late=true"
