-- Scope and list filters match code prefixes (LIKE 'x%'); H2 uses plain indexes for that.
create index cases_org on cases (org_code, reported_at);
create index cases_unit on cases (unit_code);
create index cases_category on cases (category_code);
create index case_escalation_unit_unit on case_escalation_unit (unit_code);
