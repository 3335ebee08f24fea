-- Failed sign-ins, counted in the database so that every instance of the portal shares them and a restart keeps
-- them. One row per key: "user:" or "address:" and the SHA-256 of the trimmed, lower-case username or of the client
-- address; the count is forgotten once the last failure is older than the block (see LoginAttempts). Runs on H2
-- (MODE=PostgreSQL) and PostgreSQL.
create table login_failures (
    attempt_key   varchar(80)   primary key,
    failures      integer       not null,
    last_failed   timestamp with time zone not null
);

-- Who uploaded a staged import: only they (or an admin) may confirm it. Uploads staged before this migration have
-- none and can be confirmed by an admin only; they expire within the hour anyway.
alter table import_uploads add column uploaded_by varchar(100);
