-- Identifiers leave this service: cohorts are uploaded to linkage-service, and an application keeps only the
-- cohort's reference and the counts linkage-service announces (cohort-registered).
DROP TABLE cohort_member;
ALTER TABLE application ADD COLUMN cohort_id uuid;

CREATE TABLE cohort_summary (
    cohort_id           uuid PRIMARY KEY,
    organisation_id     varchar(64) NOT NULL,
    members             integer NOT NULL,
    with_nhs_number     integer NOT NULL,
    with_date_of_birth  integer NOT NULL,
    with_postcode       integer NOT NULL,
    registered_at       timestamptz NOT NULL
);
