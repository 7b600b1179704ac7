-- On PostgreSQL the audit log refuses updates and deletes outright (retention is handled by
-- detaching whole partitions, never by deleting rows).
create function audit_log_append_only() returns trigger as $$
begin
    raise exception 'audit_log is append-only';
end;
$$ language plpgsql;

create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_append_only();
