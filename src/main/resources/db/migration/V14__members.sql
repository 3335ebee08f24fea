-- A member is a Member: the table and its references take the name the addresses, pages and code use.
alter table countries rename to members;
alter table action_plans rename column country_id to member_id;
alter table resources rename column country_id to member_id;
alter table contacts rename column country_id to member_id;
alter table global_report_dimensions rename column country_id to member_id;
alter table posts rename column country_id to member_id;
alter table audit_events rename column country_slug to member_slug;
alter index resources_country_idx rename to resources_member_idx;
alter index contacts_country_idx rename to contacts_member_idx;
alter index global_report_dimensions_country_idx rename to global_report_dimensions_member_idx;
alter index posts_country_idx rename to posts_member_idx;
-- The audit trail names the record kind as the code does.
update audit_events set subject_type = 'Member' where subject_type = 'Country';
