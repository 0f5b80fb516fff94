-- Roadmaps of units: a header and its lines (sections and activities) in the order written.
create sequence roadmap_seq;

create table roadmap (
  id            bigint primary key,
  owner_unit_id bigint        not null references unit (id),
  owner_path    varchar(200)  not null,
  title         varchar(500)  not null,
  period_from   date          not null,
  period_to     date          not null check (period_to >= period_from),
  status        varchar(20)   not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED', 'ARCHIVED')),
  created_by    varchar(200)  not null,
  created_at    timestamp with time zone not null default now(),
  version       bigint        not null default 0
);
create index roadmap_owner_path_idx on roadmap (owner_path varchar_pattern_ops);

create table roadmap_line (
  roadmap_id   bigint       not null references roadmap (id),
  position     int          not null,
  section      boolean      not null,
  number       varchar(30),
  section_number varchar(30),
  activity     text         not null,
  deadline     text         not null default '',
  responsible  text         not null default '',
  result       text         not null default '',
  primary key (roadmap_id, position)
);
