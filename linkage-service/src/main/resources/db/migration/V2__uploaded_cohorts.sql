-- Bespoke linkage of a cohort file uploaded by a data manager, outside an application's chain.
ALTER TABLE linkage_run ALTER COLUMN application_id DROP NOT NULL;
ALTER TABLE linkage_run ADD COLUMN source varchar(20) NOT NULL DEFAULT 'APPLICATION';
ALTER TABLE linkage_run ADD COLUMN validation_issues jsonb NOT NULL DEFAULT '{}';
ALTER TABLE linkage_run ADD COLUMN created_by varchar(100);

-- Uploaded files hold identifiers as their senders wrote them; the engine validates and normalises them.
ALTER TABLE cohort_record ALTER COLUMN nhs_number TYPE varchar(100);
ALTER TABLE cohort_record ALTER COLUMN date_of_birth TYPE varchar(100);
ALTER TABLE cohort_record ALTER COLUMN sex TYPE varchar(100);
ALTER TABLE cohort_record ALTER COLUMN postcode TYPE varchar(100);
ALTER TABLE cohort_record ALTER COLUMN local_id TYPE varchar(200);
ALTER TABLE link_result ALTER COLUMN local_id TYPE varchar(200);
ALTER TABLE link_result ADD COLUMN line int;
