-- Indicator rollups of the evaluation module, kept current from case events so that indicator queries
-- never read the cases tables. Counters are additive: any period, place or grouping is a sum of rows.
-- A row's key: the Asia/Shanghai day, the case's org unit (usually a grid; communities, streets and the
-- district are code prefixes), the handling unit ('' for none), the category and the worker (0 for none).
create table indicator_rollup (
    on_day                date        not null,
    org_code              varchar(32) not null,
    unit_code             varchar(32) not null,
    category_code         varchar(32) not null,
    worker_id             bigint      not null,
    district_code         varchar(6)  not null,
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
    primary key (on_day, org_code, unit_code, category_code, worker_id)
);
-- A district's month is one index range (queries below a district filter the org code prefix within it).
create index indicator_rollup_district_day on indicator_rollup (district_code, on_day);

-- Closure durations per rollup key in fixed log-scale buckets (ClosureBuckets), for percentiles.
create table indicator_closure_bucket (
    on_day        date        not null,
    org_code      varchar(32) not null,
    unit_code     varchar(32) not null,
    category_code varchar(32) not null,
    worker_id     bigint      not null,
    bucket        smallint    not null,
    district_code varchar(6)  not null,
    closures      bigint      not null default 0,
    primary key (on_day, org_code, unit_code, category_code, worker_id, bucket)
);
create index indicator_closure_bucket_district_day on indicator_closure_bucket (district_code, on_day);

-- How many cases are in each state now, per place, handling unit and category (a gauge moved by transitions).
create table indicator_state_count (
    org_code      varchar(32) not null,
    unit_code     varchar(32) not null,
    category_code varchar(32) not null,
    state         varchar(16) not null,
    district_code varchar(6)  not null,
    cases         bigint      not null default 0,
    primary key (org_code, unit_code, category_code, state)
);
create index indicator_state_count_district on indicator_state_count (district_code);

-- What the rollups hold about each case, so that a later event can move its contributions
-- (state, 应结案/已结案 of its report day) whatever order the events are processed in.
create table indicator_case (
    case_id         bigint      not null primary key,
    report_day      date        not null,
    report_seen     boolean     not null,
    org_code        varchar(32) not null,
    unit_code       varchar(32) not null,
    category_code   varchar(32) not null,
    facts_event_id  bigint      not null,
    state           varchar(16),
    state_event_id  bigint      not null,
    rejected        boolean     not null,
    closed          boolean     not null,
    closed_on_time  boolean     not null,
    close_event_id  bigint      not null
);

-- Case events already counted, so that a listener running twice counts once.
create table indicator_processed_event (
    event_id     bigint                   not null primary key,
    processed_at timestamp with time zone not null
);
