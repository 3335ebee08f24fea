-- What the last import of OGP's sheet set on a member (name, ISO code, region, level of government) and on an action
-- plan (its years), so that a re-import can tell fields edited in the portal since then from fields it may update.
-- NULL: never imported (seeded or created by hand).
alter table countries add column imported_values varchar(1000);
alter table action_plans add column imported_values varchar(100);
