-- Cases generated in bulk for benchmarks (java -jar gongzhi.jar bulk-cases): one row per seed with the
-- period it covers, one per batch written, so that a second run with the same seed adds nothing and an
-- interrupted run continues after its last batch.
create table case_bulk_run (
    seed        bigint  not null primary key,
    until_day   date    not null,
    days        integer not null,
    started_at  timestamp with time zone not null
);
create table case_bulk_batch (
    seed      bigint  not null,
    batch     integer not null,
    cases     integer not null,
    events    bigint  not null,
    loaded_at timestamp with time zone not null,
    primary key (seed, batch)
);
