-- Subtree queries match a path prefix; grids are looked up by level.
create index org_unit_path on org_unit (path);
create index org_unit_level on org_unit (level);
