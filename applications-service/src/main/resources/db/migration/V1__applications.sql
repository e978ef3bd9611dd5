CREATE TABLE dataset (
    code         varchar(40) PRIMARY KEY,
    name         varchar(200) NOT NULL,
    description  text NOT NULL,
    category     varchar(60) NOT NULL,
    identifiable boolean NOT NULL
);

CREATE TABLE dataset_field (
    dataset_code varchar(40) NOT NULL REFERENCES dataset (code),
    name         varchar(60) NOT NULL,
    description  text NOT NULL,
    identifying  boolean NOT NULL,
    position     int NOT NULL,
    PRIMARY KEY (dataset_code, name)
);

CREATE SEQUENCE application_reference_seq;

CREATE TABLE application (
    id              uuid PRIMARY KEY,
    reference       varchar(20) NOT NULL UNIQUE,
    organisation_id varchar(40) NOT NULL,
    title           varchar(200) NOT NULL,
    purpose         text NOT NULL,
    product_type    varchar(40) NOT NULL,
    legal_basis     jsonb NOT NULL,
    datasets        jsonb NOT NULL,
    cohort_size     int NOT NULL,
    status          varchar(30) NOT NULL,
    version         int NOT NULL,
    created_by      varchar(100) NOT NULL,
    created_at      timestamptz NOT NULL,
    idempotency_key varchar(100),
    row_version     bigint NOT NULL,
    UNIQUE (organisation_id, idempotency_key)
);
CREATE INDEX application_organisation_idx ON application (organisation_id);

-- The applicant's own identifiers for the people in a bespoke product's cohort; loaded and read with COPY.
CREATE TABLE cohort_member (
    application_id uuid NOT NULL REFERENCES application (id),
    line           int NOT NULL,
    local_id       varchar(64) NOT NULL,
    nhs_number     varchar(20),
    date_of_birth  varchar(10),
    sex            varchar(1),
    postcode       varchar(10),
    PRIMARY KEY (application_id, line)
);

CREATE TABLE timeline_entry (
    id             bigserial PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES application (id),
    event          varchar(40) NOT NULL,
    at             timestamptz NOT NULL,
    detail         text
);
CREATE INDEX timeline_entry_application_idx ON timeline_entry (application_id);
