-- Positions and subjects become editable by administrators: new entries take ids from sequences.
create sequence position_seq;
select setval('position_seq', (select coalesce(max(id), 0) + 1 from position), false);
create sequence subject_seq;
select setval('subject_seq', (select coalesce(max(id), 0) + 1 from subject), false);
