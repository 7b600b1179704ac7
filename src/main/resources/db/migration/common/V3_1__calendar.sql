-- The working calendar: working hours and dated exceptions to Monday–Friday (public
-- holidays, adjusted working days 调休). One calendar per key: 'default' serves the whole
-- installation; a district that keeps its own could be keyed by its code.
create table work_calendar (
	calendar_key varchar(32) primary key,
	-- raised by every change, so that each node sees when its cached copy is stale
	revision bigint not null default 0,
	updated_at timestamp with time zone,
	updated_by varchar(64)
);

-- Working hours set by an administrator; none means the configured ones (gongzhi.calendar.hours).
create table work_calendar_period (
	calendar_key varchar(32) not null references work_calendar (calendar_key),
	starts_at time not null,
	ends_at time not null,
	primary key (calendar_key, starts_at),
	constraint work_calendar_period_order check (starts_at < ends_at)
);

create table work_calendar_day (
	calendar_key varchar(32) not null references work_calendar (calendar_key),
	calendar_date date not null,
	kind varchar(10) not null,
	name_zh varchar(50) not null,
	name_en varchar(80),
	primary key (calendar_key, calendar_date),
	constraint work_calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);

insert into work_calendar (calendar_key, revision) values ('default', 1);
