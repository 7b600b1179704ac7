-- Second factor (TOTP, RFC 6238) for staff: the shared secret is stored encrypted (AES-GCM under a key
-- derived from gongzhi.security.secret); last_step stops a code from being used twice.
create table second_factor (
    user_id      bigint       not null primary key references app_user (id),
    secret_enc   varchar(200) not null,
    confirmed    boolean      not null default false,
    last_step    bigint       not null default 0,
    created_at   timestamp with time zone not null
);
