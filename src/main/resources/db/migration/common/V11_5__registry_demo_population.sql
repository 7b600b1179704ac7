-- How far the demo population (profile demo) got: it is generated in order, household by
-- household, so a restart continues after the last committed batch.
create table registry_demo_progress (
    id              integer      not null primary key,
    next_household  integer      not null,
    persons         integer      not null,
    finished        boolean      not null,
    updated_at      timestamp with time zone not null
);
