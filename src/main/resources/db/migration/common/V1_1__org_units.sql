-- The org tree: NBS division codes from province down to community, then grids and buildings.
create table org_unit (
    code          varchar(32)  not null primary key,
    name          varchar(100) not null,
    level         varchar(16)  not null,
    parent_code   varchar(32)  references org_unit (code),
    path          varchar(256) not null,
    boundary      text,
    centroid_lat  double precision,
    centroid_lng  double precision,
    households    integer,
    population    integer,
    contact_phone varchar(32),
    updated_at    timestamp with time zone not null
);
create index org_unit_parent on org_unit (parent_code);
