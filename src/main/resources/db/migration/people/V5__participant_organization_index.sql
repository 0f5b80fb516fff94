-- The people list filtered by organization takes its candidates from the organization's records.
create index participant_org_idx on participant (organization_id) include (person_id);

-- A position matches thousands of employments: the filter never used this index, every insert paid for it.
drop index employment_position_idx;
