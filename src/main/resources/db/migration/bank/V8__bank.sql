-- Banks of mentors and mentees (базы наставников и наставляемых). A profile belongs to one person
-- in one organization; it keeps the academic year it was last confirmed in (its start year).
create sequence bank_seq increment by 50;

create table mentor_profile (
  id                 bigint primary key,
  person_id          bigint        not null references person (id),
  organization_id    bigint        not null references unit (id),
  organization_path  varchar(400)  not null,
  competency_ids     bigint[]      not null default '{}',
  competency_note    varchar(2000),
  subject_ids        bigint[]      not null default '{}',
  capacity           int           not null check (capacity between 0 and 30),
  network_available  boolean       not null default false,
  formats            varchar(20)[] not null default '{}',
  consent_on         date,
  consent_document   varchar(300),
  status             varchar(10)   not null check (status in ('ACTIVE', 'PAUSED', 'LEFT')),
  status_since       date          not null,
  confirmed_year     int,
  contest_status     varchar(10)   not null default 'NONE' check (contest_status in ('NONE', 'NOMINATED', 'SELECTED', 'REJECTED')),
  nominated_on       date,
  contest_protocol   varchar(100),
  contest_date       date,
  contest_comment    varchar(1000),
  created_at         timestamp with time zone not null default now(),
  version            bigint        not null default 0,
  unique (person_id, organization_id)
);
create index mentor_profile_path_idx on mentor_profile (organization_path varchar_pattern_ops);
create index mentor_profile_competency_idx on mentor_profile using gin (competency_ids);
create index mentor_profile_subject_idx on mentor_profile using gin (subject_ids);

create table mentor_achievement (
  id             bigint primary key,
  profile_id     bigint        not null references mentor_profile (id) on delete cascade,
  award_type_id  bigint        not null references catalog_entry (id),
  title          varchar(500)  not null,
  year           int           not null,
  level_id       bigint        not null references catalog_entry (id)
);
create index mentor_achievement_profile_idx on mentor_achievement (profile_id);

create table mentor_training (
  id           bigint primary key,
  profile_id   bigint        not null references mentor_profile (id) on delete cascade,
  course       varchar(500)  not null,
  hours        int           not null check (hours between 1 and 2000),
  completed_on date          not null,
  certificate  varchar(100)
);
create index mentor_training_profile_idx on mentor_training (profile_id);

create table mentee_profile (
  id                 bigint primary key,
  person_id          bigint        not null references person (id),
  organization_id    bigint        not null references unit (id),
  organization_path  varchar(400)  not null,
  category           varchar(30)   not null,
  request_text       varchar(4000),
  preferred_format   varchar(20),
  consent_on         date,
  consent_document   varchar(300),
  status             varchar(10)   not null check (status in ('ACTIVE', 'PAUSED', 'LEFT')),
  status_since       date          not null,
  confirmed_year     int,
  created_at         timestamp with time zone not null default now(),
  version            bigint        not null default 0,
  unique (person_id, organization_id)
);
create index mentee_profile_path_idx on mentee_profile (organization_path varchar_pattern_ops);

-- A mentee's professional difficulty: where it was found and how strong it is (1 to 3).
create table mentee_deficit (
  profile_id  bigint       not null references mentee_profile (id) on delete cascade,
  deficit_id  bigint       not null references catalog_entry (id),
  source      varchar(20)  not null check (source in ('SELF_ASSESSMENT', 'DIAGNOSTICS', 'OBSERVATION')),
  level       smallint     not null check (level between 1 and 3),
  primary key (profile_id, deficit_id)
);
create index mentee_deficit_deficit_idx on mentee_deficit (deficit_id, profile_id);

-- What a municipality sets for its organizations' banks.
create table bank_setting (
  municipality_id        bigint primary key references unit (id),
  default_capacity       int    not null check (default_capacity between 1 and 30),
  confirmation_month     int    not null check (confirmation_month between 1 and 12),
  confirmation_day       int    not null check (confirmation_day between 1 and 31),
  version                bigint not null default 0
);
