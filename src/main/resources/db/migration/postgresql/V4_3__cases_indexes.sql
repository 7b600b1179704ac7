-- Scope and list filters match code prefixes (LIKE 'x%'), which needs pattern ops outside the C collation.
create index cases_org on cases (org_code varchar_pattern_ops, reported_at);
create index cases_unit on cases (unit_code varchar_pattern_ops);
create index cases_category on cases (category_code varchar_pattern_ops);
create index case_escalation_unit_unit on case_escalation_unit (unit_code varchar_pattern_ops);
