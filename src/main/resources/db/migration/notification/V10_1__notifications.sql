-- In-app notifications of a person (reminders of due dates), each once per subject: a re-run of the
-- daily job inserts nothing twice.
create sequence notification_seq;

create table notification (
  id            bigint primary key,
  person_id     bigint        not null references person (id),
  -- what it is about, unique per person: «roadmap-due:17»
  subject_key   varchar(200)  not null,
  message_code  varchar(200)  not null,
  -- the message's arguments, separated by the unit separator (U+001F)
  arguments     text          not null default '',
  link          varchar(500),
  created_at    timestamp with time zone not null default now(),
  read_at       timestamp with time zone,
  unique (person_id, subject_key)
);
create index notification_unread_idx on notification (person_id) where read_at is null;
