-- One row that readiness updates every few seconds (DatabaseWriteHealthIndicator): an instance whose database takes
-- no writes is taken out of the load balancer.
create table health_probe (
    id          integer   primary key,
    written_at  timestamp not null
);
insert into health_probe (id, written_at) values (1, current_timestamp);
