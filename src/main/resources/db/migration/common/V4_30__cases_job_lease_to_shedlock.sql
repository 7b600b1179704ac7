-- The SLA watch now takes its turn through ShedLock (table shedlock, V0_1); its own lease table goes.
drop table case_job_lease;
