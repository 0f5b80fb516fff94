-- The order lines are shown in, apart from their position (which keys their dates, people, history
-- and requirements and never changes): an activity added later goes between two lines.
alter table roadmap_line add column ordinal int;
update roadmap_line set ordinal = position;
alter table roadmap_line alter column ordinal set not null;
create index roadmap_line_order_idx on roadmap_line (roadmap_id, ordinal);
