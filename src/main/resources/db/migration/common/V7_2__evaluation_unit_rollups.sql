-- Indicator rollups without the worker: the rows of indicator_rollup (V7_1) summed over worker_id, kept
-- by the same upserts in the same transaction. A worker's row is nearly one per event; these rows are a
-- day's cases of one place, unit and category, so every query that neither groups nor filters by worker
-- reads far fewer rows here. The key leads with the district and the day: a district's days are one
-- range of the primary key (no other index to keep current).
create table indicator_rollup_unit (
    district_code         varchar(6)  not null,
    on_day                date        not null,
    org_code              varchar(32) not null,
    unit_code             varchar(32) not null,
    category_code         varchar(32) not null,
    reported              bigint      not null default 0,
    self_handled          bigint      not null default 0,
    accepted              bigint      not null default 0,
    accepted_within_limit bigint      not null default 0,
    rejected              bigint      not null default 0,
    dispatched            bigint      not null default 0,
    returned              bigint      not null default 0,
    handled               bigint      not null default 0,
    handled_within_limit  bigint      not null default 0,
    verified              bigint      not null default 0,
    rework                bigint      not null default 0,
    closed                bigint      not null default 0,
    closed_on_time        bigint      not null default 0,
    closed_solved         bigint      not null default 0,
    closure_seconds_sum   bigint      not null default 0,
    rated                 bigint      not null default 0,
    satisfied             bigint      not null default 0,
    dissatisfied          bigint      not null default 0,
    reopened              bigint      not null default 0,
    overdue_yellow        bigint      not null default 0,
    overdue_red           bigint      not null default 0,
    escalated             bigint      not null default 0,
    supervised            bigint      not null default 0,
    should_close          bigint      not null default 0,
    should_close_closed   bigint      not null default 0,
    should_close_on_time  bigint      not null default 0,
    primary key (district_code, on_day, org_code, unit_code, category_code)
);

-- Closure durations per bucket (ClosureBuckets), likewise summed over worker_id.
create table indicator_closure_bucket_unit (
    district_code varchar(6)  not null,
    on_day        date        not null,
    org_code      varchar(32) not null,
    unit_code     varchar(32) not null,
    category_code varchar(32) not null,
    bucket        smallint    not null,
    closures      bigint      not null default 0,
    primary key (district_code, on_day, org_code, unit_code, category_code, bucket)
);

-- What has been counted so far.
insert into indicator_rollup_unit (district_code, on_day, org_code, unit_code, category_code,
    reported, self_handled, accepted, accepted_within_limit, rejected, dispatched, returned, handled, handled_within_limit, verified, rework, closed, closed_on_time, closed_solved, closure_seconds_sum, rated, satisfied, dissatisfied, reopened, overdue_yellow, overdue_red, escalated, supervised, should_close, should_close_closed, should_close_on_time)
select district_code, on_day, org_code, unit_code, category_code,
       sum(reported),
       sum(self_handled),
       sum(accepted),
       sum(accepted_within_limit),
       sum(rejected),
       sum(dispatched),
       sum(returned),
       sum(handled),
       sum(handled_within_limit),
       sum(verified),
       sum(rework),
       sum(closed),
       sum(closed_on_time),
       sum(closed_solved),
       sum(closure_seconds_sum),
       sum(rated),
       sum(satisfied),
       sum(dissatisfied),
       sum(reopened),
       sum(overdue_yellow),
       sum(overdue_red),
       sum(escalated),
       sum(supervised),
       sum(should_close),
       sum(should_close_closed),
       sum(should_close_on_time)
from indicator_rollup
group by district_code, on_day, org_code, unit_code, category_code;

insert into indicator_closure_bucket_unit (district_code, on_day, org_code, unit_code, category_code, bucket, closures)
select district_code, on_day, org_code, unit_code, category_code, bucket, sum(closures)
from indicator_closure_bucket
group by district_code, on_day, org_code, unit_code, category_code, bucket;
