-- The database's identity, chosen by the first instance that starts (commitment/IndexedCommitments): a search index
-- kept on disk remembers it, and is built again when it finds itself beside another database.
alter table content_versions add column database_id varchar(36);
