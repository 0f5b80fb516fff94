-- A secret subscription link to a person's calendar of due dates (issue 5, §3): calendar programs
-- cannot sign in, so the feed answers to a random token in its address. Only the SHA-256 of the token
-- is kept (hex), one per person: re-issuing replaces it, switching the link off deletes the row.
-- Kept by id: the people module owns the person table.
create table calendar_token (
  person_id   bigint       primary key,
  token_hash  char(64)     not null unique,
  issued_at   timestamp with time zone not null default now()
);
