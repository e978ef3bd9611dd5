-- Who submitted the application version a case assesses: nobody may assess, decide or countersign their own.
ALTER TABLE assessment_case ADD COLUMN submitted_by varchar(100);

-- One row per version of a data sharing agreement. The rendered document is stored as it was signed: a later
-- template never changes what a signature covers.
CREATE TABLE agreement (
    id                  uuid PRIMARY KEY,
    reference           varchar(30) NOT NULL,
    version             int NOT NULL,
    kind                varchar(20) NOT NULL,
    case_id             uuid NOT NULL REFERENCES assessment_case (id),
    application_id      uuid NOT NULL,
    application_version int NOT NULL,
    organisation_id     varchar(40) NOT NULL,
    title               varchar(200) NOT NULL,
    purpose             text NOT NULL,
    product_type        varchar(40) NOT NULL,
    legal_basis         jsonb NOT NULL,
    datasets            jsonb NOT NULL,
    cohort_id           uuid,
    cohort_size         int NOT NULL,
    parties             jsonb NOT NULL,
    territory           varchar(200) NOT NULL,
    conditions          jsonb NOT NULL,
    start_date          date NOT NULL,
    end_date            date NOT NULL,
    changes             jsonb NOT NULL,
    change_reason       text,
    document_html       text NOT NULL,
    document_sha256     varchar(64) NOT NULL,
    status              varchar(20) NOT NULL,
    issued_by           varchar(100) NOT NULL,
    issued_at           timestamptz NOT NULL,
    submitted_by        varchar(100),
    reviewed_by         varchar(100),
    decided_by          varchar(100) NOT NULL,
    applicant_signed_by varchar(100),
    applicant_signed_at timestamptz,
    custodian_signed_by varchar(100),
    custodian_signed_at timestamptz,
    activated_at        timestamptz,
    ended_at            timestamptz,
    ended_by            varchar(100),
    end_reason          text,
    row_version         bigint NOT NULL,
    UNIQUE (reference, version),
    CHECK (end_date > start_date)
);
CREATE INDEX agreement_application_idx ON agreement (application_id);
CREATE INDEX agreement_open_idx ON agreement (status, start_date, end_date)
    WHERE status IN ('ISSUED', 'SIGNED', 'ACTIVE');

-- Each expiry reminder is sent once, whichever replica's sweep gets there first.
CREATE TABLE agreement_reminder (
    agreement_id uuid NOT NULL REFERENCES agreement (id),
    days_before  int NOT NULL,
    sent_at      timestamptz NOT NULL,
    PRIMARY KEY (agreement_id, days_before)
);

-- The recipient's record that the data was destroyed after the agreement ended, with the certificate as filed.
CREATE TABLE data_destruction (
    agreement_id       uuid PRIMARY KEY REFERENCES agreement (id),
    organisation_id    varchar(40) NOT NULL,
    recorded_by        varchar(100) NOT NULL,
    recorded_at        timestamptz NOT NULL,
    destroyed_on       date NOT NULL,
    method             varchar(40) NOT NULL,
    certificate_name   varchar(200) NOT NULL,
    certificate_type   varchar(100) NOT NULL,
    certificate_sha256 varchar(64) NOT NULL,
    certificate        bytea NOT NULL
);

-- The public Data Uses Register: written only by applying events, never edited; no personal data.
CREATE TABLE register_agreement (
    reference       varchar(30) NOT NULL,
    version         int NOT NULL,
    organisation_id varchar(40) NOT NULL,
    purpose_summary varchar(200) NOT NULL,
    product_type    varchar(40) NOT NULL,
    datasets        varchar(1000) NOT NULL,
    legal_basis     varchar(500) NOT NULL,
    start_date      date NOT NULL,
    end_date        date NOT NULL,
    status          varchar(20) NOT NULL,
    PRIMARY KEY (reference, version)
);

CREATE TABLE register_release (
    extract_id      uuid PRIMARY KEY,
    reference       varchar(30) NOT NULL,
    version         int NOT NULL,
    organisation_id varchar(40) NOT NULL,
    product_type    varchar(40) NOT NULL,
    datasets        varchar(1000) NOT NULL,
    released_on     date NOT NULL
);
