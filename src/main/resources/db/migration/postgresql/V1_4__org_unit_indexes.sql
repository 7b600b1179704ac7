-- Subtree queries match a path prefix (LIKE 'x%'), which needs pattern ops outside the C collation.
create index org_unit_path on org_unit (path varchar_pattern_ops);
-- Grids are few among the 665,000 units of a whole-country import: index only them.
create index org_unit_grids on org_unit (code) where level = 'GRID';
