-- The psychologist's note on a mentor and a mentee together, for a proposed or an existing pair.
create table compatibility_note (
  mentor_profile_id  bigint        not null references mentor_profile (id) on delete cascade,
  mentee_profile_id  bigint        not null references mentee_profile (id) on delete cascade,
  verdict            varchar(20)   not null check (verdict in ('COMPATIBLE', 'RESERVATIONS', 'INCOMPATIBLE')),
  comment            varchar(2000),
  recorded_by        bigint        references person (id),
  recorded_actor     varchar(200)  not null,
  recorded_at        timestamp with time zone not null,
  version            bigint        not null default 0,
  primary key (mentor_profile_id, mentee_profile_id)
);
create index compatibility_note_mentee_idx on compatibility_note (mentee_profile_id);
