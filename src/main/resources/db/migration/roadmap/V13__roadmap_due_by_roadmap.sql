-- A roadmap's due dates are read by roadmap (its page, exports, corrections, approval); the two
-- unique indexes are partial (dated / undated) and cannot serve «where roadmap_id = ?».
create index roadmap_due_roadmap_idx on roadmap_due (roadmap_id, position);
