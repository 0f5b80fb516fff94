-- Whom a line of the timeline is about and who wrote it, so that anonymizing a person finds the free
-- text they wrote or that was written about them: the member who consented, asked for another mentor
-- or resigned (person_id), the mentor replaced (person_id) and the one who came (other_person_id),
-- and the member acting for themselves (actor_person_id). Lines written before stay without them.
alter table mentorship_event add column person_id bigint references person (id);
alter table mentorship_event add column other_person_id bigint references person (id);
alter table mentorship_event add column actor_person_id bigint references person (id);
create index mentorship_event_person_idx on mentorship_event (person_id) where person_id is not null;
create index mentorship_event_other_person_idx on mentorship_event (other_person_id) where other_person_id is not null;
create index mentorship_event_actor_person_idx on mentorship_event (actor_person_id) where actor_person_id is not null;
