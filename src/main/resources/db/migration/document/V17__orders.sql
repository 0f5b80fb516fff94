-- The orders registry (реестр приказов) of each unit. A number is unique per unit and calendar year,
-- whatever its case («45-О» is «45-о»); the file is kept in the database like roadmap evidence.
create sequence document_order_seq;

create table document_order (
  id             bigint        primary key,
  unit_id        bigint        not null references unit (id),
  unit_path      varchar(400)  not null,
  type           varchar(30)   not null,
  number         varchar(40)   not null,
  order_date     date          not null,
  order_year     integer       generated always as (extract(year from order_date)::integer) stored,
  title          varchar(500)  not null,
  search_text    text          not null,
  file           bytea         not null,
  file_name      varchar(255)  not null,
  content_type   varchar(100)  not null,
  size_bytes     bigint        not null,
  source         varchar(20)   not null,
  registered_by_person bigint,
  registered_by  varchar(200)  not null,
  registered_at  timestamptz   not null default now(),
  version        bigint        not null default 0,
  constraint document_order_type check (type in ('PAIRS_FIXING', 'MENTOR_REPLACEMENT', 'ROADMAP_APPROVAL', 'OTHER')),
  constraint document_order_source check (source in ('GENERATED', 'UPLOADED'))
);

create unique index document_order_number_idx on document_order (unit_id, order_year, lower(number));
create index document_order_path_idx on document_order (unit_path varchar_pattern_ops, order_date desc);
create index document_order_type_idx on document_order (type, order_date desc);

-- Templates of generated orders as the administrators changed them; a type without a row uses the
-- built-in text of the messages.
create table document_template (
  type             varchar(30)   primary key,
  title            varchar(500)  not null,
  preamble         text          not null,
  clauses          text          not null,
  signer_position  varchar(200)  not null,
  version          bigint        not null default 0,
  updated_by       varchar(200)  not null,
  updated_at       timestamptz   not null default now(),
  constraint document_template_type check (type in ('PAIRS_FIXING', 'MENTOR_REPLACEMENT', 'ROADMAP_APPROVAL', 'OTHER'))
);
