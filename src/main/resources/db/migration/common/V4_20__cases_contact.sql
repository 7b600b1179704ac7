-- How to reach the person behind a report that came without an account of their own (an
-- Open311 client's user, later a hotline caller): personal data, shown to no one in public
-- answers and never logged. Every field is encrypted (AES-GCM, identity's PersonalDataCiphers,
-- purpose "case-contact"), hence the widths: nonce, ciphertext and tag in Base64.
create table case_contact (
    case_id    bigint       not null primary key references cases (id),
    first_name varchar(400),
    last_name  varchar(400),
    email      varchar(700),
    phone      varchar(400),
    created_at timestamp with time zone not null
);

-- What an Open311 client sent beside the report: its device and account ids, and the URL of a
-- photo it published itself (answered back as media_url).
create table case_open311 (
    case_id    bigint       not null primary key references cases (id),
    device_id  varchar(100),
    account_id varchar(100),
    media_url  varchar(500)
);
