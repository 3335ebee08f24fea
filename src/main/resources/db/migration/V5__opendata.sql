-- Open data: what the OGP commitment sheet importer keeps so that an export imports again unchanged, and when each
-- commitment last changed (for the Atom feeds); each import is recorded in audit_events (V3). Runs on H2
-- (MODE=PostgreSQL) and PostgreSQL.

-- OGP's locality codes are longer than ISO3 (MXJL for Jalisco), and its short titles reach 600 characters.
alter table countries alter column iso3 set data type varchar(10);
alter table commitments alter column short_title set data type varchar(1000);

-- When a commitment last changed; set by the importer and by every JPA save.
alter table commitments add column updated_at timestamp with time zone;
update commitments set updated_at = current_timestamp;

-- A commitment's row as the last import read it: the sheet's cells that the portal keeps in no field of its own
-- (a JSON array in the sheet's column order; null where the portal's field reproduces the cell), and a SHA-256
-- hash of what that import wrote, so that a hand edit since then shows as a conflict instead of being overwritten.
create table commitment_sources (
    commitment_id   bigint        primary key references commitments (id) on delete cascade,
    cells           text          not null,
    import_hash     varchar(64)   not null,
    imported_at     timestamp with time zone not null
);
