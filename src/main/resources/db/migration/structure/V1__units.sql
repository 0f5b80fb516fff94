-- Region -> municipality -> organization. A unit's path ("/1/4/17/") lists the ids from the root
-- down to itself, so "within a unit" is a prefix test that an index serves.
create sequence unit_seq;

create table unit (
  id          bigint primary key,
  parent_id   bigint references unit (id),
  level       varchar(20)  not null check (level in ('REGION', 'MUNICIPALITY', 'ORGANIZATION')),
  type        varchar(30)  not null,
  path        varchar(400) not null unique,
  short_name  varchar(200) not null,
  full_name   varchar(500) not null,
  sort_key    varchar(500) not null,
  inn         varchar(12),
  ogrn        varchar(15),
  address     varchar(500),
  site        varchar(300),
  archived    boolean      not null default false,
  version     bigint       not null default 0
);
create index unit_parent_idx on unit (parent_id);
create index unit_path_idx on unit (path varchar_pattern_ops);

create sequence agreement_seq increment by 50;

create table agreement (
  id              bigint primary key,
  partner_id      bigint       not null references unit (id),
  unit_id         bigint       not null references unit (id),
  number          varchar(50)  not null,
  signed_on       date         not null,
  subject         varchar(1000) not null,
  valid_from      date         not null,
  valid_to        date,
  contact_name    varchar(300),
  contact_phone   varchar(50),
  contact_email   varchar(200),
  archived        boolean      not null default false,
  version         bigint       not null default 0
);
create index agreement_partner_idx on agreement (partner_id);
create index agreement_unit_idx on agreement (unit_id);
