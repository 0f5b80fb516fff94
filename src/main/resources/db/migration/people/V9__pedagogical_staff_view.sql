-- The pedagogical staff of each organization now: what other modules may read of people to count
-- coverage (a person counts once per organization, however many positions they hold there).
create view pedagogical_staff as
select distinct e.organization_id, e.organization_path, e.person_id
from employment e
join position p on p.id = e.position_id
where e.ended_on is null and p.pedagogical;
