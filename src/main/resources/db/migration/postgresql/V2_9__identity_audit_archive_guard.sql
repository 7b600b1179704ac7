-- Entries may now leave audit_log, but only into the archive: a row may be deleted only when an identical
-- copy (every column) is already in audit_log_archive, which itself refuses updates and deletes. So no
-- entry can vanish or change in the database, only move; an edited copy would still break the hash chain.
-- Truncating either table is refused too. (The retention floor of 180 days is the application's:
-- it refuses to start with a shorter gongzhi.security.audit-retention.)
create or replace function audit_log_append_only() returns trigger as $$
begin
    if tg_op = 'DELETE' and exists (
            select 1 from audit_log_archive a
            where a.id = old.id
              and a.occurred_at = old.occurred_at
              and a.actor is not distinct from old.actor
              and a.action = old.action
              and a.target is not distinct from old.target
              and a.outcome = old.outcome
              and a.client_ip is not distinct from old.client_ip
              and a.detail is not distinct from old.detail
              and a.prev_hash = old.prev_hash
              and a.hash = old.hash) then
        return old;
    end if;
    raise exception 'audit_log is append-only: entries only move to audit_log_archive';
end;
$$ language plpgsql;

create function audit_log_archive_append_only() returns trigger as $$
begin
    raise exception 'audit_log_archive is append-only';
end;
$$ language plpgsql;

create trigger audit_log_archive_no_change before update or delete on audit_log_archive
    for each row execute function audit_log_archive_append_only();

create function audit_log_no_truncate() returns trigger as $$
begin
    raise exception '% is append-only and cannot be truncated', tg_table_name;
end;
$$ language plpgsql;

create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_no_truncate();
create trigger audit_log_archive_no_truncate before truncate on audit_log_archive
    for each statement execute function audit_log_no_truncate();
