-- Case lists filtered by state, newest first: the open states are a few hundred among millions of closed cases
-- (the case list of a street on 7.9 M bulk-loaded cases took 1.3 s by other indexes, 10-20 ms by this one).
create index cases_state on cases (state, reported_at, id);
