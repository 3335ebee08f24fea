-- The day a milestone was completed, when known: how far a commitment got, and when.
alter table milestones add column completed_on date;
