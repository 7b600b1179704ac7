-- Indicator rollups of areas: the rows of indicator_rollup_unit, indicator_closure_bucket_unit and
-- indicator_state_count (V7_1, V7_2) summed to the org units of one level and over the handling units, the
-- categories or both (Area in the code), kept by the same upserts in the same transaction. A district's
-- view of 90 days reads a few thousand rows here instead of every grid's 80,000; a street's likewise.
-- org_level is the code length the org codes are cut to (6 district, 9 street, 12 community; a case placed
-- above that level keeps its own code); breakdown says what the rows keep apart: TOTAL nothing (unit_code
-- and category_code '*'), UNIT the handling unit (category_code '*'), CATEGORY the category (unit_code
-- '*'). Kept: TOTAL at 6, 9 and 12; UNIT and CATEGORY at 6 and 9. The key leads with what a query fixes,
-- so that one area's days are one index range.
create table indicator_rollup_area (
    district_code varchar(6)  not null,
    org_level     smallint    not null,
    breakdown     varchar(8)  not null,
    org_code      varchar(32) not null,
    unit_code     varchar(32) not null,
    category_code varchar(32) not null,
    on_day        date        not null,
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
    primary key (district_code, org_level, breakdown, org_code, unit_code, category_code, on_day)
);

create table indicator_closure_bucket_area (
    district_code varchar(6)  not null,
    org_level     smallint    not null,
    breakdown     varchar(8)  not null,
    org_code      varchar(32) not null,
    unit_code     varchar(32) not null,
    category_code varchar(32) not null,
    on_day        date        not null,
    bucket        smallint    not null,
    closures      bigint      not null default 0,
    primary key (district_code, org_level, breakdown, org_code, unit_code, category_code, on_day, bucket)
);

create table indicator_state_area (
    district_code varchar(6)  not null,
    org_level     smallint    not null,
    breakdown     varchar(8)  not null,
    org_code      varchar(32) not null,
    unit_code     varchar(32) not null,
    category_code varchar(32) not null,
    state         varchar(16) not null,
    cases         bigint      not null default 0,
    primary key (district_code, org_level, breakdown, org_code, unit_code, category_code, state)
);

-- A count of cases in a state that came to 0 says nothing: such rows are deleted from now on.
delete from indicator_state_count where cases = 0;

-- What has been counted so far.
insert into indicator_rollup_area (district_code, org_level, breakdown, org_code, unit_code, category_code, on_day,
    reported, self_handled, accepted, accepted_within_limit, rejected, dispatched, returned, handled,
    handled_within_limit, verified, rework, closed, closed_on_time, closed_solved, closure_seconds_sum,
    rated, satisfied, dissatisfied, reopened, overdue_yellow, overdue_red, escalated, supervised,
    should_close, should_close_closed, should_close_on_time)
select r.district_code, a.org_level, a.breakdown, substr(r.org_code, 1, a.org_level),
       case when a.breakdown = 'UNIT' then r.unit_code else '*' end,
       case when a.breakdown = 'CATEGORY' then r.category_code else '*' end,
       r.on_day,
       sum(r.reported),
       sum(r.self_handled),
       sum(r.accepted),
       sum(r.accepted_within_limit),
       sum(r.rejected),
       sum(r.dispatched),
       sum(r.returned),
       sum(r.handled),
       sum(r.handled_within_limit),
       sum(r.verified),
       sum(r.rework),
       sum(r.closed),
       sum(r.closed_on_time),
       sum(r.closed_solved),
       sum(r.closure_seconds_sum),
       sum(r.rated),
       sum(r.satisfied),
       sum(r.dissatisfied),
       sum(r.reopened),
       sum(r.overdue_yellow),
       sum(r.overdue_red),
       sum(r.escalated),
       sum(r.supervised),
       sum(r.should_close),
       sum(r.should_close_closed),
       sum(r.should_close_on_time)
from indicator_rollup_unit r
cross join (values (6, 'TOTAL'), (9, 'TOTAL'), (12, 'TOTAL'), (6, 'UNIT'), (9, 'UNIT'), (6, 'CATEGORY'), (9, 'CATEGORY')) as a (org_level, breakdown)
group by r.district_code, a.org_level, a.breakdown, substr(r.org_code, 1, a.org_level),
       case when a.breakdown = 'UNIT' then r.unit_code else '*' end,
       case when a.breakdown = 'CATEGORY' then r.category_code else '*' end, r.on_day;

insert into indicator_closure_bucket_area (district_code, org_level, breakdown, org_code, unit_code, category_code,
    on_day, bucket, closures)
select r.district_code, a.org_level, a.breakdown, substr(r.org_code, 1, a.org_level),
       case when a.breakdown = 'UNIT' then r.unit_code else '*' end,
       case when a.breakdown = 'CATEGORY' then r.category_code else '*' end,
       r.on_day, r.bucket, sum(r.closures)
from indicator_closure_bucket_unit r
cross join (values (6, 'TOTAL'), (9, 'TOTAL'), (12, 'TOTAL'), (6, 'UNIT'), (9, 'UNIT'), (6, 'CATEGORY'), (9, 'CATEGORY')) as a (org_level, breakdown)
group by r.district_code, a.org_level, a.breakdown, substr(r.org_code, 1, a.org_level),
       case when a.breakdown = 'UNIT' then r.unit_code else '*' end,
       case when a.breakdown = 'CATEGORY' then r.category_code else '*' end, r.on_day, r.bucket;

insert into indicator_state_area (district_code, org_level, breakdown, org_code, unit_code, category_code, state,
    cases)
select r.district_code, a.org_level, a.breakdown, substr(r.org_code, 1, a.org_level),
       case when a.breakdown = 'UNIT' then r.unit_code else '*' end,
       case when a.breakdown = 'CATEGORY' then r.category_code else '*' end,
       r.state, sum(r.cases)
from indicator_state_count r
cross join (values (6, 'TOTAL'), (9, 'TOTAL'), (12, 'TOTAL'), (6, 'UNIT'), (9, 'UNIT'), (6, 'CATEGORY'), (9, 'CATEGORY')) as a (org_level, breakdown)
group by r.district_code, a.org_level, a.breakdown, substr(r.org_code, 1, a.org_level),
       case when a.breakdown = 'UNIT' then r.unit_code else '*' end,
       case when a.breakdown = 'CATEGORY' then r.category_code else '*' end, r.state
having sum(r.cases) <> 0;
