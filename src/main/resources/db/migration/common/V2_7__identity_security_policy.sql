-- The sign-in and password policy as the security administrator set it, one row per changed setting;
-- a setting without a row keeps its configured default (gongzhi.security.*).
create table security_setting (
    name          varchar(64)  not null primary key,
    setting_value varchar(500) not null,
    changed_at    timestamp with time zone not null,
    changed_by    varchar(64)
);

-- Moved on by every change, so that each node sees cheaply whether its copy of the policy is stale.
create table security_setting_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into security_setting_version (id, version) values (1, 0);
