-- Tracking of roadmaps: the due dates of every activity as stored when the roadmap is saved (or
-- corrected by its author), each with a status and evidence. «Overdue» is not stored: it is a
-- planned date in the past, computed when read, so it never goes stale.

-- The author's correction of how an activity's deadline is read; null: as written.
alter table roadmap_line add column corrected_deadline text;

create sequence roadmap_due_seq;

create table roadmap_due (
  id          bigint primary key,
  roadmap_id  bigint       not null,
  position    int          not null,
  -- null: the one «undated» row of an activity whose deadline gives no date (conditional, relative,
  -- not understood), so it can still be marked done or not applicable
  due_on      date,
  status      varchar(20)  not null default 'PLANNED' check (status in ('PLANNED', 'DONE', 'NOT_APPLICABLE')),
  reason      text,
  changed_by  varchar(200),
  changed_at  timestamp with time zone,
  version     bigint       not null default 0,
  foreign key (roadmap_id, position) references roadmap_line (roadmap_id, position),
  check (status <> 'NOT_APPLICABLE' or reason is not null)
);
create unique index roadmap_due_date_uq on roadmap_due (roadmap_id, position, due_on) where due_on is not null;
create unique index roadmap_due_undated_uq on roadmap_due (roadmap_id, position) where due_on is null;
-- the «overdue» and «this week» lists and the reminders read planned dates by date
create index roadmap_due_planned_idx on roadmap_due (due_on, roadmap_id) where status = 'PLANNED';

create sequence roadmap_evidence_seq;

-- Evidence of a due date: a link, a note or an uploaded file (kept in the database), with who and when.
-- Evidence is never deleted: it is the record of what was done.
create table roadmap_evidence (
  id            bigint primary key,
  due_id        bigint        not null references roadmap_due (id),
  url           varchar(2000),
  note          text,
  file_name     varchar(255),
  content_type  varchar(200),
  size_bytes    bigint,
  content       bytea,
  created_by    varchar(200)  not null,
  created_at    timestamp with time zone not null default now(),
  check (url is not null or note is not null or content is not null)
);
create index roadmap_evidence_due_idx on roadmap_evidence (due_id);
