create sequence account_seq increment by 50;

create table account (
  id                  bigint primary key,
  person_id           bigint not null unique references person (id),
  username            varchar(200) not null unique,
  password_hash       varchar(200) not null,
  enabled             boolean not null default true,
  totp_secret         varchar(64),
  failed_attempts     integer not null default 0,
  locked_until        timestamp with time zone,
  password_changed_at timestamp with time zone not null default now(),
  version             bigint not null default 0
);

create sequence role_assignment_seq increment by 50;

-- unit_id is null only for the system-wide ADMIN role.
create table role_assignment (
  id          bigint primary key,
  person_id   bigint not null references person (id),
  role        varchar(30) not null check (role in ('ADMIN', 'REGION_OPERATOR', 'MUNICIPAL_COORDINATOR', 'HEAD', 'CURATOR', 'PSYCHOLOGIST', 'MENTOR', 'MENTEE')),
  unit_id     bigint references unit (id),
  unit_path   varchar(400),
  granted_by  varchar(200) not null,
  granted_at  timestamp with time zone not null default now(),
  revoked_at  timestamp with time zone,
  revoked_by  varchar(200)
);
create index role_assignment_person_idx on role_assignment (person_id) where revoked_at is null;
create unique index role_assignment_active_uq on role_assignment (person_id, role, coalesce(unit_id, 0)) where revoked_at is null;

create table signin_audit (
  id         bigserial primary key,
  at         timestamp with time zone not null default now(),
  username   varchar(200) not null,
  outcome    varchar(30) not null,
  remote_ip  varchar(64)
);
create index signin_audit_user_idx on signin_audit (username, at);

-- Append-only, each row carries the hash of the previous one (a tamper-evident chain).
create table audit_log (
  id           bigint primary key,
  at           timestamp with time zone not null,
  actor        varchar(200) not null,
  entity_type  varchar(50) not null,
  entity_id    bigint not null,
  unit_path    varchar(400),
  action       varchar(30) not null,
  before_json  text,
  after_json   text,
  prev_hash    varchar(64) not null,
  hash         varchar(64) not null
);
create index audit_log_entity_idx on audit_log (entity_type, entity_id);
create index audit_log_unit_idx on audit_log (unit_path varchar_pattern_ops);

create rule audit_log_no_update as on update to audit_log do instead nothing;
create rule audit_log_no_delete as on delete to audit_log do instead nothing;

create table spring_session (
  primary_id            char(36) not null,
  session_id            char(36) not null,
  creation_time         bigint not null,
  last_access_time      bigint not null,
  max_inactive_interval int not null,
  expiry_time           bigint not null,
  principal_name        varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36) not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
