-- Cohorts applicants upload for their applications: the only place their members' identifiers are kept. A cohort
-- belongs to one organisation, is bound to the application whose approval first names it, and its members are
-- deleted when that application is rejected or withdrawn (the cohort row stays, with its counts, as the record).
CREATE TABLE cohort (
    id                  uuid PRIMARY KEY,
    organisation_id     varchar(64) NOT NULL,
    uploaded_by         varchar(200) NOT NULL,
    uploaded_at         timestamptz NOT NULL,
    members             integer NOT NULL,
    with_nhs_number     integer NOT NULL,
    with_date_of_birth  integer NOT NULL,
    with_postcode       integer NOT NULL,
    application_id      uuid,
    deleted_at          timestamptz,
    deleted_reason      varchar(300),
    row_version         bigint NOT NULL DEFAULT 0
);
CREATE INDEX cohort_organisation_idx ON cohort (organisation_id, uploaded_at);

CREATE TABLE cohort_member (
    cohort_id       uuid NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    line            integer NOT NULL,
    local_id        varchar(64) NOT NULL,
    nhs_number      varchar(20),
    date_of_birth   varchar(10),
    sex             varchar(1),
    postcode        varchar(10),
    PRIMARY KEY (cohort_id, line)
);

ALTER TABLE linkage_run ADD COLUMN cohort_id uuid;
ALTER TABLE linkage_run ADD COLUMN needs_cohort boolean NOT NULL DEFAULT false;
