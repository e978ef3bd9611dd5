-- Content only: this service never holds NHS numbers, names, dates of birth or postcodes (see docs/adr/0004).

-- Clinical content of data set releases, keyed by the release's record id; the identifiers stay with linkage.
CREATE TABLE content_record (
    dataset_code varchar(40) NOT NULL,
    record_id    varchar(40) NOT NULL,
    fields       jsonb NOT NULL,
    PRIMARY KEY (dataset_code, record_id)
);

-- What an approval allows to be released, and to whom.
CREATE TABLE approved_product (
    application_id      uuid NOT NULL,
    application_version int NOT NULL,
    organisation_id     varchar(40) NOT NULL,
    agreement_reference varchar(30) NOT NULL,
    product_type        varchar(40) NOT NULL,
    datasets            jsonb NOT NULL,
    approved_at         timestamptz NOT NULL,
    PRIMARY KEY (application_id, application_version)
);

CREATE TABLE extract_job (
    id              uuid PRIMARY KEY,
    application_id  uuid NOT NULL,
    organisation_id varchar(40) NOT NULL,
    linkage_run_id  uuid NOT NULL UNIQUE,
    results_ref     varchar(200) NOT NULL,
    status          varchar(20) NOT NULL,
    rows            bigint NOT NULL,
    sha256          varchar(64),
    file_name       varchar(200),
    failure_reason  text,
    attempts        int NOT NULL,
    created_at      timestamptz NOT NULL,
    claimed_at      timestamptz,
    ready_at        timestamptz,
    row_version     bigint NOT NULL
);
CREATE INDEX extract_job_application_idx ON extract_job (application_id);

-- Every download of record-level data: who, what, when, from where.
CREATE TABLE download_audit (
    id              bigserial PRIMARY KEY,
    extract_id      uuid NOT NULL REFERENCES extract_job (id),
    user_name       varchar(100) NOT NULL,
    organisation_id varchar(40),
    remote_address  varchar(100),
    downloaded_at   timestamptz NOT NULL
);
