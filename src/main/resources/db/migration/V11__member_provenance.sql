-- Where a member's data comes from, as its page and the API say it: seeded by a migration (SEED), imported from OGP's
-- commitment sheet (IMPORT: the file's name, the day, how many of the member's commitments and which plan numbers it
-- brought, and whether the file holds only part of the member's commitments), or NULL: entered in the portal.
-- The importer writes these columns, the admin forms never do. Runs on H2 (MODE=PostgreSQL) and PostgreSQL.
alter table countries add column source_kind varchar(20);
alter table countries add column source_file varchar(500);
alter table countries add column source_date date;
alter table countries add column source_commitments integer;
-- The plan numbers in ascending order, comma-separated: "1,2,3,4,5,6".
alter table countries add column source_plans varchar(500);
alter table countries add column source_partial boolean not null default false;

update countries set source_kind = 'SEED' where slug = 'mexico';
-- Imported before this migration: which file and when are not known; the next import of a file says it.
update countries set source_kind = 'IMPORT' where imported_values is not null and slug <> 'mexico';
