-- How much a milestone counts towards its commitment's progress: a positive whole number, 1 for every existing one.
alter table milestones add column weight integer default 1 not null;
alter table milestones add constraint milestones_weight_positive check (weight > 0);
