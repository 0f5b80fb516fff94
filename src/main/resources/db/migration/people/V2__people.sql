create extension if not exists pg_trgm;

create sequence person_seq increment by 50;

-- search_text and sort_key are the normalized full name (lower case, ё as е), see RussianText.
create table person (
  id           bigint primary key,
  last_name    varchar(100) not null,
  first_name   varchar(100) not null,
  middle_name  varchar(100),
  birth_date   date,
  email        varchar(200),
  phone        varchar(50),
  snils        varchar(11),
  search_text  varchar(400) not null,
  sort_key     varchar(400) not null,
  anonymized_on date,
  created_at   timestamp with time zone not null default now(),
  version      bigint not null default 0
);
create unique index person_snils_uq on person (snils) where snils is not null;
create unique index person_email_uq on person (email) where email is not null;
create unique index person_name_birth_uq on person (sort_key, birth_date) where birth_date is not null;
create index person_sort_idx on person (sort_key collate "C", id);
create index person_search_trgm on person using gin (search_text gin_trgm_ops);

create table position (
  id          bigint primary key,
  name        varchar(200) not null unique,
  pedagogical boolean not null default true,
  archived    boolean not null default false
);

create table subject (
  id       bigint primary key,
  name     varchar(200) not null unique,
  archived boolean not null default false
);

create sequence employment_seq increment by 50;

create table employment (
  id                      bigint primary key,
  person_id               bigint not null references person (id),
  organization_id         bigint not null references unit (id),
  organization_path       varchar(400) not null,
  position_id             bigint not null references position (id),
  subject_ids             bigint[] not null default '{}',
  pedagogical_since       date,
  organization_since      date,
  qualification           varchar(20) not null default 'NONE' check (qualification in ('NONE', 'FIRST', 'HIGHEST')),
  mentor_category_since   date,
  methodist_category_since date,
  ended_on                date,
  version                 bigint not null default 0
);
create index employment_person_idx on employment (person_id);
create index employment_org_idx on employment (organization_id) include (person_id);
create index employment_path_idx on employment (organization_path varchar_pattern_ops) include (person_id);
create index employment_position_idx on employment (position_id);
create index employment_subjects_idx on employment using gin (subject_ids);

create sequence participant_seq increment by 50;

-- Pupils, students, graduates and employers' specialists in student mentorship.
create table participant (
  id               bigint primary key,
  person_id        bigint not null references person (id),
  kind             varchar(30) not null check (kind in ('PUPIL', 'STUDENT', 'GRADUATE', 'EMPLOYER_SPECIALIST')),
  organization_id  bigint not null references unit (id),
  organization_path varchar(400) not null,
  class_name       varchar(20),
  course           integer,
  programme        varchar(300),
  graduation_year  integer,
  employer         varchar(300),
  position         varchar(200),
  ended_on         date,
  version          bigint not null default 0
);
create index participant_person_idx on participant (person_id);
create index participant_path_idx on participant (organization_path varchar_pattern_ops) include (person_id);

create sequence consent_seq increment by 50;

create table consent (
  id             bigint primary key,
  person_id      bigint not null references person (id),
  purpose        varchar(500) not null,
  given_on       date not null,
  basis_document varchar(500) not null,
  withdrawn_on   date
);
create index consent_person_idx on consent (person_id);

create sequence destruction_seq increment by 50;

-- The journal of destroyed personal data (152-FZ); kept three years.
create table destruction_record (
  id             bigint primary key,
  person_id      bigint not null references person (id),
  person_label   varchar(400) not null,
  categories     varchar(1000) not null,
  system_name    varchar(200) not null,
  reason         varchar(1000) not null,
  destroyed_on   date not null,
  keep_until     date not null,
  recorded_by    varchar(200) not null
);
