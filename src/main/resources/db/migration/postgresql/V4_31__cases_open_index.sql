-- Open cases (a stage runs) of a place, for the maps: a few hundred among every case ever closed.
-- Scope filters match code prefixes (LIKE 'x%'), which needs pattern ops outside the C collation.
create index cases_open on cases (stage, org_code varchar_pattern_ops);
