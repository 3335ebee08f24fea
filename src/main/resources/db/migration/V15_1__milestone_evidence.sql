-- A milestone's evidence: its links (title and http(s) address), as one JSON array; null when it has none.
alter table milestones add column evidence varchar(100000);
