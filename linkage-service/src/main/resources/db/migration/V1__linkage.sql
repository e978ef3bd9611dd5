-- Identifiers only: this service never holds clinical content (see docs/adr/0004).

-- The person index: one row per person known to the custodian, with the identifiers linkage compares.
CREATE TABLE person (
    person_id     varchar(20) PRIMARY KEY,
    nhs_number    varchar(10),
    date_of_birth varchar(10),
    sex           varchar(1),
    postcode      varchar(8),
    given_name    varchar(100),
    family_name   varchar(100)
);

-- Which record of which data set release belongs to which person, as routine linkage of each release decided.
CREATE TABLE release_record (
    dataset_code varchar(40) NOT NULL,
    record_id    varchar(40) NOT NULL,
    person_id    varchar(20) NOT NULL REFERENCES person (person_id),
    match_rank   smallint NOT NULL,
    PRIMARY KEY (dataset_code, record_id)
);
CREATE INDEX release_record_person_idx ON release_record (person_id);

CREATE TABLE linkage_run (
    id                  uuid PRIMARY KEY,
    application_id      uuid NOT NULL,
    application_version int NOT NULL,
    organisation_id     varchar(40) NOT NULL,
    datasets            jsonb NOT NULL,
    status              varchar(20) NOT NULL,
    cohort_size         int NOT NULL,
    matched             int NOT NULL,
    unmatched           int NOT NULL,
    ambiguous           int NOT NULL,
    matches_by_rank     jsonb NOT NULL,
    result_rows         bigint NOT NULL,
    percent_done        int NOT NULL,
    failure_reason      text,
    created_at          timestamptz NOT NULL,
    claimed_at          timestamptz,
    finished_at         timestamptz,
    attempts            int NOT NULL,
    row_version         bigint NOT NULL,
    UNIQUE (application_id, application_version)
);

-- The applicant's cohort as pulled for a run; loaded with COPY.
CREATE TABLE cohort_record (
    run_id        uuid NOT NULL REFERENCES linkage_run (id),
    line          int NOT NULL,
    local_id      varchar(64) NOT NULL,
    nhs_number    varchar(20),
    date_of_birth varchar(10),
    sex           varchar(1),
    postcode      varchar(10),
    PRIMARY KEY (run_id, line)
);

-- One row per cohort member: the person it linked to (if any) and at which rank; written with COPY.
CREATE TABLE link_result (
    run_id     uuid NOT NULL REFERENCES linkage_run (id),
    local_id   varchar(64) NOT NULL,
    person_id  varchar(20),
    match_rank smallint NOT NULL,
    ambiguous  boolean NOT NULL,
    issues     text
);
CREATE INDEX link_result_run_idx ON link_result (run_id);

-- Each organisation's secret for its keyed pseudonyms: stable across its extracts, useless across organisations.
CREATE TABLE pseudonym_key (
    organisation_id varchar(40) PRIMARY KEY,
    secret          bytea NOT NULL,
    created_at      timestamptz NOT NULL
);
