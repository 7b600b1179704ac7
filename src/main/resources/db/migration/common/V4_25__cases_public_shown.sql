-- Whether the reporter lets a case of a public category be shown on the public map and list
-- (and be followed by other residents). Cases reported before the choice existed stay shown.
alter table cases add column public_shown boolean not null default true;
