-- The cohort an application names, by its reference in linkage-service: passed on with the decision.
ALTER TABLE assessment_case ADD COLUMN cohort_id uuid;
