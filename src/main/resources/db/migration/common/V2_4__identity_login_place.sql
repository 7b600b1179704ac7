-- Where and when a user signed in last, and the time before, so they can spot a sign-in that was not theirs.
alter table app_user add column last_login_ip varchar(64);
alter table app_user add column previous_login_at timestamp with time zone;
alter table app_user add column previous_login_ip varchar(64);
