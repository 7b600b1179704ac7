-- ShedLock's lock rows: a periodic job runs on one node of a cluster at a time (shared.ClusterJobs).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
