-- How much each criterion of a mentor's fit for a mentee counts in a municipality (0 to 100 each);
-- a municipality without a row works by the defaults (MatchWeights.DEFAULT).
create table match_weights (
  municipality_id  bigint primary key references unit (id),
  subject          int    not null check (subject between 0 and 100),
  deficits         int    not null check (deficits between 0 and 100),
  experience       int    not null check (experience between 0 and 100),
  organization     int    not null check (organization between 0 and 100),
  capacity         int    not null check (capacity between 0 and 100),
  format           int    not null check (format between 0 and 100),
  compatibility    int    not null check (compatibility between 0 and 100),
  version          bigint not null default 0
);
