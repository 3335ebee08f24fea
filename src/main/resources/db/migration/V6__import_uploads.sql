-- Files uploaded at /admin/import, kept in the database between the preview and the admin's confirmation, so that
-- any instance of the portal can confirm what another one previewed. The file is kept in parts of at most 512 KB
-- (bytea is a VARBINARY of at most 1 MB on H2). Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
create table import_uploads (
    id          varchar(36)   primary key,
    file_name   varchar(500)  not null,
    staged_at   timestamp with time zone not null
);

create table import_upload_parts (
    upload_id   varchar(36)   not null references import_uploads (id) on delete cascade,
    position    integer       not null,
    content     bytea         not null,
    primary key (upload_id, position)
);

-- One row that an import locks for its whole transaction, so that two instances of the portal never import at once.
create table import_lock (
    id          integer       primary key
);
insert into import_lock (id) values (1);
