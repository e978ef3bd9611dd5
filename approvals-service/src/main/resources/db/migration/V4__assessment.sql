-- The assessment of the full form: the submitted form and the custodian's facts on it, typed checks with
-- overrides, returns for information (the clock's pauses), the advisory panel's involvement, and the quote.

ALTER TABLE assessment_case ADD COLUMN kind varchar(20) NOT NULL DEFAULT 'NEW';
ALTER TABLE assessment_case ADD COLUMN submissions int NOT NULL DEFAULT 1;
ALTER TABLE assessment_case ADD COLUMN form jsonb NOT NULL DEFAULT '{}';
ALTER TABLE assessment_case ADD COLUMN facts jsonb NOT NULL DEFAULT '{}';
ALTER TABLE assessment_case ADD COLUMN returns int NOT NULL DEFAULT 0;
ALTER TABLE assessment_case ADD COLUMN holds jsonb NOT NULL DEFAULT '[]';
ALTER TABLE assessment_case ADD COLUMN overrides jsonb NOT NULL DEFAULT '[]';
ALTER TABLE assessment_case ADD COLUMN panel_reasons jsonb NOT NULL DEFAULT '[]';
ALTER TABLE assessment_case ADD COLUMN quote jsonb;
-- Checks of cases opened before the typed rules existed cannot be read as typed findings.
UPDATE assessment_case SET checks = '[]';
CREATE INDEX assessment_case_status_idx ON assessment_case (status);

ALTER TABLE agreement ADD COLUMN quote jsonb;

CREATE TABLE price (
    item           varchar(30) NOT NULL,
    effective_from date NOT NULL,
    amount_pence   bigint NOT NULL CHECK (amount_pence >= 0),
    description    varchar(300) NOT NULL,
    PRIMARY KEY (item, effective_from)
);

-- The custodian's published charges (DARS charges from 1 July 2025, and from 1 April 2026 where published). The
-- data volume, dissemination, tabulation and sub-licence figures are the latest published ones (2018-19
-- schedule); the bespoke linkage charge is not published and is the custodian's own figure here.
INSERT INTO price (item, effective_from, amount_pence, description) VALUES
    ('NEW_APPLICATION',     DATE '2025-07-01', 132000,  'New application'),
    ('NEW_APPLICATION',     DATE '2026-04-01', 143100,  'New application'),
    ('CHANGE_OF_AGREEMENT', DATE '2025-07-01', 105000,  'Amendment, renewal or extension'),
    ('CHANGE_OF_AGREEMENT', DATE '2026-04-01', 113800,  'Amendment, renewal or extension'),
    ('ANNUAL_REVIEW',       DATE '2025-07-01', 64000,   'Annual review, each complete year beyond the first'),
    ('ANNUAL_REVIEW',       DATE '2026-04-01', 69400,   'Annual review, each complete year beyond the first'),
    ('DATASET_YEAR',        DATE '2018-04-01', 32000,   'Data volume, per data set per financial year'),
    ('DISSEMINATION',       DATE '2018-04-01', 93000,   'Each dissemination'),
    ('TABULATION',          DATE '2018-04-01', 80000,   'Tabulation, per table'),
    ('LINKAGE',             DATE '2018-04-01', 50000,   'Bespoke linkage, per data set per dissemination'),
    ('SUB_LICENCE_YEAR',    DATE '2018-04-01', 1000000, 'Permission to sub-license, per year');

-- Every approved version of an application names the same agreement reference (its own version of it).
ALTER TABLE assessment_case DROP CONSTRAINT assessment_case_agreement_reference_key;
