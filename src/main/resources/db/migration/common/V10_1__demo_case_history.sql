-- The demo history's resume point (profile demo): one row, written in the same transaction as
-- each batch of past cases, so a restart goes on where the last run stopped and never adds a
-- case twice. The seed, size and end are those of the first run.
create table demo_case_history (
    id          integer      not null primary key,
    seed        bigint       not null,
    total       integer      not null,
    days        integer      not null,
    end_at      timestamp with time zone not null,
    entered     integer      not null,
    started_at  timestamp with time zone not null,
    finished_at timestamp with time zone
);
