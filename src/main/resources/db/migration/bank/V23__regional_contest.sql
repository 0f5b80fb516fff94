-- The regional stage of the contest: a mentor selected into the municipal bank may be nominated
-- by the municipality to the region, whose commission selects them into the regional bank.
alter table mentor_profile
  add column region_status      varchar(10)   not null default 'NONE'
                                check (region_status in ('NONE', 'NOMINATED', 'SELECTED', 'REJECTED')),
  add column region_nominated_on date,
  add column region_protocol    varchar(100),
  add column region_date        date,
  add column region_comment     varchar(1000),
  add constraint mentor_region_after_municipal
      check (region_status in ('NONE', 'REJECTED') or contest_status = 'SELECTED');

create index mentor_profile_region on mentor_profile (region_status) where region_status <> 'NONE';
