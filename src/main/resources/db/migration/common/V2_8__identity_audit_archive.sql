-- Audit entries older than the retention (at least 180 days) move here from audit_log, unchanged, so that
-- the live table stays small; together the two tables hold the whole chain and are verified as one.
create table audit_log_archive (
    id          bigint       not null primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(64),
    action      varchar(48)  not null,
    target      varchar(200),
    outcome     varchar(16)  not null,
    client_ip   varchar(64),
    detail      varchar(500),
    prev_hash   varchar(64)  not null,
    hash        varchar(64)  not null,
    archived_at timestamp with time zone not null
);
create index audit_log_archive_time on audit_log_archive (occurred_at);

-- The anchor: the last archived entry and its hash. The first live entry must point to it, so that
-- verification crosses the boundary, and the archive must end in it.
alter table audit_chain_head add column archived_id bigint not null default 0;
alter table audit_chain_head add column archived_hash varchar(64) not null
    default '0000000000000000000000000000000000000000000000000000000000000000';
