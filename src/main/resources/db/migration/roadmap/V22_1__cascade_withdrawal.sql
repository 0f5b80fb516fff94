-- A requirement of the cascade withdrawn by its author: it leaves the matrix and the organizations'
-- lists, but nothing is deleted — the fulfilments and their evidence stay, and who withdrew it, when
-- and why is kept; restoring clears the three columns (the journal keeps both changes).
alter table roadmap_requirement add column withdrawn_at timestamp with time zone;
alter table roadmap_requirement add column withdrawn_by varchar(200);
alter table roadmap_requirement add column withdrawn_reason text;
alter table roadmap_requirement add constraint roadmap_requirement_withdrawal
  check ((withdrawn_at is null) = (withdrawn_by is null) and (withdrawn_at is null) = (withdrawn_reason is null));
