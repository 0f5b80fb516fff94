-- The goal (цель) a roadmap states under its title; optional.
alter table roadmap add column goal varchar(2000);
