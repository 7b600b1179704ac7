-- The SLA watch finds stages turning yellow (80 % of their time used) and red (overdue).
create index cases_stage_warn on cases (stage_warn_at);

-- A lease per periodic job of the cases module, so that each round runs on one node of a cluster
-- (the JDBC lock ShedLock keeps, without a scheduler-wide lock provider).
create table case_job_lease (
    name         varchar(64)  not null primary key,
    locked_until timestamp with time zone not null,
    locked_by    varchar(100)
);
insert into case_job_lease (name, locked_until) values ('sla-watch', timestamp '2000-01-01 00:00:00');
