-- Editing a roadmap's lines keeps history (issue 5, §1): every change of an activity's text, deadline
-- as written, responsible, result, co-executors or the author's deadline correction is one row per
-- field with who, when, before and after. A line carries a version so that an edit made on a stale
-- copy is refused instead of overwriting somebody else's change.
alter table roadmap_line add column co_executors text not null default '';
alter table roadmap_line add column version bigint not null default 0;
-- The people the responsible text names where they can be recognized («Куропаткина А.Н.» among the
-- people working under the owner unit, one match only): they may mark the activity's due dates and are
-- reminded of them. Kept by id: the people module owns the person table.
create table roadmap_line_person (
  roadmap_id  bigint  not null,
  position    int     not null,
  person_id   bigint  not null,
  primary key (roadmap_id, position, person_id),
  foreign key (roadmap_id, position) references roadmap_line (roadmap_id, position)
);
create index roadmap_line_person_idx on roadmap_line_person (person_id);

create sequence roadmap_line_change_seq;

create table roadmap_line_change (
  id          bigint primary key,
  roadmap_id  bigint        not null,
  position    int           not null,
  field       varchar(30)   not null check (field in
                ('ACTIVITY', 'DEADLINE', 'CORRECTED_DEADLINE', 'RESPONSIBLE', 'RESULT', 'CO_EXECUTORS')),
  before_text text,
  after_text  text,
  changed_by  varchar(200)  not null,
  changed_at  timestamp with time zone not null default now(),
  foreign key (roadmap_id, position) references roadmap_line (roadmap_id, position)
);
create index roadmap_line_change_line_idx on roadmap_line_change (roadmap_id, position, id);
