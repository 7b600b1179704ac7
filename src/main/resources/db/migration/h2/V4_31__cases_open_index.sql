-- Open cases (a stage runs) of a place, for the maps: a few hundred among every case ever closed.
create index cases_open on cases (stage, org_code);
