-- Every product is built. A tabulation is counted from the content alone, so an extract need not come from a
-- linkage run; a standard extract is delivered again for each release it takes, and says which.
ALTER TABLE extract_job ALTER COLUMN linkage_run_id DROP NOT NULL;
ALTER TABLE extract_job ALTER COLUMN results_ref DROP NOT NULL;
ALTER TABLE extract_job ADD COLUMN product_type varchar(40);
ALTER TABLE extract_job ADD COLUMN application_version int;
ALTER TABLE extract_job ADD COLUMN delivery int NOT NULL DEFAULT 1;
ALTER TABLE extract_job ADD COLUMN trigger_dataset varchar(40);
ALTER TABLE extract_job ADD COLUMN trigger_release varchar(60);
ALTER TABLE extract_job ADD COLUMN trigger_file_version int;
-- One tabulation per application version.
CREATE UNIQUE INDEX extract_job_tabulation_idx ON extract_job (application_id, application_version)
    WHERE product_type = 'TABULATION';
