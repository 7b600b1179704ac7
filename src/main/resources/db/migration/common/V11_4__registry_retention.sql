-- Retention: a person moved out longer than gongzhi.registry.retention.moved-out is archived in
-- place: name, ID number, phone, ethnicity and work unit removed, the birth date cut to its year,
-- so that statistics (gender, age, residence, education, where and when) stay countable.
alter table registry_person add column archived_at timestamp with time zone;
create index registry_person_moved_out on registry_person (move_out_date);
