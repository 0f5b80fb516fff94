-- The cascade (issue 5, §4): an activity of a region's or municipality's roadmap required of every
-- educational organization under the owner unit (optionally only of some types) by a date, and each
-- organization's fulfilment of it with status and evidence. A fulfilment row exists only once an
-- organization recorded something: no row reads as «planned», so new organizations are covered at once.
create sequence roadmap_requirement_seq;

create table roadmap_requirement (
  id            bigint primary key,
  roadmap_id    bigint        not null,
  position      int           not null,
  -- the owner unit's path, copied from the roadmap: the organizations required are those under it
  owner_path    varchar(200)  not null,
  -- null: every educational organization; otherwise only these unit types
  org_types     varchar(30)[],
  due_on        date          not null,
  -- ROADMAP: «write and approve your roadmap»; an approved roadmap of the organization counts as done
  kind          varchar(20)   not null default 'ACTION' check (kind in ('ACTION', 'ROADMAP')),
  changed_by    varchar(200)  not null,
  changed_at    timestamp with time zone not null default now(),
  version       bigint        not null default 0,
  foreign key (roadmap_id, position) references roadmap_line (roadmap_id, position),
  unique (roadmap_id, position)
);
create index roadmap_requirement_owner_idx on roadmap_requirement (owner_path varchar_pattern_ops);

create sequence roadmap_fulfilment_seq;

create table roadmap_fulfilment (
  id                bigint primary key,
  requirement_id    bigint        not null references roadmap_requirement (id),
  organization_id   bigint        not null references unit (id),
  organization_path varchar(400)  not null,
  status            varchar(20)   not null default 'PLANNED' check (status in ('PLANNED', 'DONE', 'NOT_APPLICABLE')),
  reason            text,
  changed_by        varchar(200),
  changed_at        timestamp with time zone,
  version           bigint        not null default 0,
  unique (requirement_id, organization_id),
  check (status <> 'NOT_APPLICABLE' or reason is not null)
);

-- Evidence of a fulfilment lives with the evidence of due dates (the same kinds: link, note, file),
-- plus a fourth kind: an order of the organization's registry, kept by id with its label as it read
-- when attached (the registry belongs to the document module; we do not join its table).
alter table roadmap_evidence alter column due_id drop not null;
alter table roadmap_evidence add column fulfilment_id bigint references roadmap_fulfilment (id);
alter table roadmap_evidence add column order_id bigint;
alter table roadmap_evidence add column order_label varchar(1000);
alter table roadmap_evidence add constraint roadmap_evidence_one_owner check (num_nonnulls(due_id, fulfilment_id) = 1);
alter table roadmap_evidence drop constraint roadmap_evidence_check;
alter table roadmap_evidence add constraint roadmap_evidence_something
  check (url is not null or note is not null or content is not null or order_id is not null);
create index roadmap_evidence_fulfilment_idx on roadmap_evidence (fulfilment_id) where fulfilment_id is not null;

-- A municipality's (or region's) roadmap offered to its organizations as the template of theirs.
alter table roadmap add column template boolean not null default false;
-- approved roadmaps of organizations, looked up by owner for the «roadmap» requirements
create index roadmap_approved_owner_idx on roadmap (owner_unit_id, period_to) where status in ('APPROVED', 'ARCHIVED');
