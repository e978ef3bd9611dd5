-- Routine linkage of a data set release's identifiers to the person index.
ALTER TABLE linkage_run ADD COLUMN dataset_code varchar(40);
ALTER TABLE linkage_run ADD COLUMN release_id varchar(60);
CREATE UNIQUE INDEX linkage_run_release_idx ON linkage_run (dataset_code, release_id) WHERE release_id IS NOT NULL;
