-- Versions of what the public pages show. Every change bumps them in the change's own transaction (AuditTrail.record
-- calls ContentVersions), so an ETag or a cached page derived from them is never stale, on any number of instances.

-- Changes to one member: its own pages (profile, commitments, resources).
alter table countries add column content_version bigint not null default 0;

-- Exactly one row: changes shown on every member's pages (such as a renamed policy area), and a counter of all
-- changes, for the pages that list every member.
create table content_versions (
    id              integer primary key,
    every_member    bigint  not null default 0,
    any_change      bigint  not null default 0,
    constraint content_versions_single_row check (id = 1)
);
insert into content_versions (id) values (1);
