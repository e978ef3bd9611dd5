CREATE SEQUENCE agreement_number_seq;

CREATE TABLE assessment_case (
    id                  uuid PRIMARY KEY,
    application_id      uuid NOT NULL,
    application_version int NOT NULL,
    reference           varchar(20) NOT NULL,
    organisation_id     varchar(40) NOT NULL,
    title               varchar(200) NOT NULL,
    purpose             text NOT NULL,
    product_type        varchar(40) NOT NULL,
    legal_basis         jsonb NOT NULL,
    datasets            jsonb NOT NULL,
    cohort_size         int NOT NULL,
    checks              jsonb NOT NULL,
    status              varchar(20) NOT NULL,
    opened_at           timestamptz NOT NULL,
    reviewer            varchar(100),
    recommendation      varchar(20),
    review_notes        text,
    reviewed_at         timestamptz,
    decided_by          varchar(100),
    decision_reason     text,
    decided_at          timestamptz,
    agreement_reference varchar(30) UNIQUE,
    row_version         bigint NOT NULL,
    UNIQUE (application_id, application_version)
);
CREATE INDEX assessment_case_application_idx ON assessment_case (application_id);
