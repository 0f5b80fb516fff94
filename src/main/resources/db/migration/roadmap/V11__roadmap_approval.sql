-- The basis of a roadmap: the order that approved it (number and date as written on it) and,
-- optionally, who signed it («Директор МБОУ СОШ № 12 И.И. Иванова»), with who recorded the approval
-- and when. An approved or archived roadmap always has its order; a draft may keep the values of an
-- approval withdrawn, to be approved again.
alter table roadmap add column order_number varchar(50);
alter table roadmap add column order_date date;
alter table roadmap add column approved_by varchar(300);
alter table roadmap add column status_changed_by varchar(200);
alter table roadmap add column status_changed_at timestamp with time zone;
alter table roadmap add constraint roadmap_approved_has_order
  check (status = 'DRAFT' or (order_number is not null and order_date is not null));
