-- Mentorships (наставнические пары и группы): a form and kind, the organization whose order fixes
-- them, their members with each one's consent, and a timeline of what happened. Members who left
-- (a replaced or resigned mentor) stay with the date and reason they left.
create sequence mentorship_seq increment by 50;

create table mentorship (
  id                 bigint primary key,
  organization_id    bigint        not null references unit (id),
  organization_path  varchar(400)  not null,
  form               varchar(40)   not null,
  kind               varchar(20)   not null,
  status             varchar(20)   not null check (status in ('DRAFT', 'AWAITING_CONSENT', 'CONSENTED',
                                     'FIXED', 'ACTIVE', 'COMPLETED', 'TERMINATED')),
  planned_start      date          not null,
  planned_end        date          not null,
  order_id           bigint,
  order_number       varchar(40),
  order_date         date,
  ended_on           date,
  end_note           varchar(2000),
  created_at         timestamp with time zone not null default now(),
  version            bigint        not null default 0,
  check (planned_end >= planned_start)
);
create index mentorship_path_idx on mentorship (organization_path varchar_pattern_ops);
create index mentorship_open_idx on mentorship (status) where status not in ('COMPLETED', 'TERMINATED');

create table mentorship_member (
  id                 bigint primary key,
  mentorship_id      bigint        not null references mentorship (id) on delete cascade,
  role               varchar(10)   not null check (role in ('MENTOR', 'MENTEE')),
  mentor_profile_id  bigint        references mentor_profile (id),
  mentee_profile_id  bigint        references mentee_profile (id),
  person_id          bigint        not null references person (id),
  organization_id    bigint        not null references unit (id),
  field              varchar(300),
  joined_on          date          not null,
  left_on            date,
  left_reason        varchar(2000),
  consent_on         date,
  consent_way        varchar(10)   check (consent_way in ('PAPER', 'IN_SYSTEM')),
  consent_document   varchar(300),
  consent_by         varchar(200),
  check ((role = 'MENTOR') = (mentor_profile_id is not null)),
  check ((role = 'MENTEE') = (mentee_profile_id is not null))
);
create index mentorship_member_mentorship_idx on mentorship_member (mentorship_id);
create index mentorship_member_mentor_idx on mentorship_member (mentor_profile_id) where left_on is null;
create index mentorship_member_mentee_idx on mentorship_member (mentee_profile_id) where left_on is null;
create index mentorship_member_person_idx on mentorship_member (person_id);

-- A scan of a written consent, kept apart so member rows stay small.
create table mentorship_consent_scan (
  member_id     bigint        primary key references mentorship_member (id) on delete cascade,
  file_name     varchar(200)  not null,
  content_type  varchar(100)  not null,
  content       bytea         not null
);

create table mentorship_event (
  id             bigint primary key,
  mentorship_id  bigint        not null references mentorship (id) on delete cascade,
  happened_at    timestamp with time zone not null,
  kind           varchar(30)   not null,
  status         varchar(20)   not null,
  actor          varchar(200)  not null,
  subject        varchar(400),
  note           varchar(2000)
);
create index mentorship_event_mentorship_idx on mentorship_event (mentorship_id, happened_at);
