-- A staff member's position (职务) and work phone. The phone is personal data: stored only
-- encrypted (AES-GCM, purpose "staff-phone"); lists show it masked, a full view is audited.
alter table app_user add column position varchar(100);
alter table app_user add column phone_cipher varchar(200);
