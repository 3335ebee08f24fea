-- Failed sign-ins, counted in the database so that every instance of the portal shares them and a restart keeps
-- them. One row per key: "user:<trimmed, lower-case username>" or "address:<client address>"; the window starts at
-- the first failure and the count is forgotten once it has passed. Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
create table login_failures (
    attempt_key   varchar(300)  primary key,
    failures      integer       not null,
    first_failed  timestamp with time zone not null
);

-- Who uploaded a staged import: only they (or an admin) may confirm it. Uploads staged before this migration have
-- none and can be confirmed by an admin only; they expire within the hour anyway.
alter table import_uploads add column uploaded_by varchar(100);
