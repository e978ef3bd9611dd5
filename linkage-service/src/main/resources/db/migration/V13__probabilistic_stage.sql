-- The probabilistic stage links what the deterministic ranks leave, at rank P (stored as 9) with a probability.
ALTER TABLE link_result ADD COLUMN match_probability real;
ALTER TABLE release_record ADD COLUMN match_probability real;

-- One model per person index version: trained on the first run at that version with enough records to learn from,
-- and used by every later run until the index changes. Kept, so a run can always say which model linked it.
CREATE TABLE linkage_model (
    index_version   int PRIMARY KEY,
    model           jsonb NOT NULL,
    trained_by_run  uuid NOT NULL,
    trained_records int NOT NULL,
    trained_at      timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE linkage_run ADD COLUMN model_index_version int;

-- Names, for the probabilistic stage: a cohort without NHS numbers links on them.
ALTER TABLE cohort_member ADD COLUMN given_name varchar(100);
ALTER TABLE cohort_member ADD COLUMN family_name varchar(100);
ALTER TABLE cohort_record ADD COLUMN given_name varchar(100);
ALTER TABLE cohort_record ADD COLUMN family_name varchar(100);
