-- The full application form (one jsonb document per version, typed by the service's records), its versions,
-- attachments, the case officer's questions, the organisations registry, and the catalogue facts the
-- automated checks read.

-- Applications made before the form existed had no controllers, territory or justifications: they are not
-- carried over (the service had no production data when the form arrived).
DELETE FROM timeline_entry;
DELETE FROM application;

ALTER TABLE application DROP COLUMN purpose;
ALTER TABLE application DROP COLUMN legal_basis;
ALTER TABLE application DROP COLUMN datasets;
ALTER TABLE application ALTER COLUMN title DROP NOT NULL;
ALTER TABLE application ALTER COLUMN product_type DROP NOT NULL;
ALTER TABLE application ADD COLUMN form jsonb NOT NULL;
ALTER TABLE application ADD COLUMN kind varchar(20) NOT NULL;
ALTER TABLE application ADD COLUMN approved_version int;
ALTER TABLE application ADD COLUMN approved_status varchar(30);
ALTER TABLE application ADD COLUMN questions jsonb NOT NULL;

CREATE TABLE application_version (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES application (id),
    version        int NOT NULL,
    kind           varchar(20) NOT NULL,
    form           jsonb NOT NULL,
    submissions    int NOT NULL,
    submitted_by   varchar(100) NOT NULL,
    submitted_at   timestamptz NOT NULL,
    UNIQUE (application_id, version)
);

CREATE TABLE attachment (
    id             uuid PRIMARY KEY,
    application_id uuid NOT NULL REFERENCES application (id),
    kind           varchar(30) NOT NULL,
    file_name      varchar(200) NOT NULL,
    content_type   varchar(100) NOT NULL,
    size_bytes     bigint NOT NULL,
    sha256         varchar(64) NOT NULL,
    content        bytea NOT NULL,
    uploaded_by    varchar(100) NOT NULL,
    uploaded_at    timestamptz NOT NULL
);
CREATE INDEX attachment_application_idx ON attachment (application_id);

CREATE TABLE organisation (
    ods_code         varchar(10) PRIMARY KEY,
    organisation_id  varchar(40) UNIQUE,
    name             varchar(200) NOT NULL,
    type             varchar(30) NOT NULL,
    dspt_status      varchar(30),
    dspt_published   date,
    ico_registration varchar(10),
    ico_expires      date,
    updated_by       varchar(100) NOT NULL,
    updated_at       timestamptz NOT NULL,
    row_version      bigint NOT NULL
);

-- Demo organisations: the two applicant organisations of the local realm and the processors they name. The codes
-- are synthetic (no real organisation has them).
INSERT INTO organisation VALUES
    ('X9A01', 'ORG-A', 'Northshire University', 'UNIVERSITY', 'STANDARDS_MET', CURRENT_DATE - 60, 'Z9000001', CURRENT_DATE + 300, 'seed', now(), 0),
    ('X9B02', 'ORG-B', 'Westbridge Health Analytics Ltd', 'COMMERCIAL', 'STANDARDS_EXCEEDED', CURRENT_DATE - 90, 'Z9000002', CURRENT_DATE + 240, 'seed', now(), 0),
    ('X9C03', NULL, 'Eastbank Analytics Ltd', 'COMMERCIAL', 'STANDARDS_NOT_MET', CURRENT_DATE - 120, 'Z9000003', CURRENT_DATE + 200, 'seed', now(), 0),
    ('X9D04', NULL, 'Westfield Secure Hosting Ltd', 'CLOUD_PROVIDER', 'STANDARDS_MET', CURRENT_DATE - 30, 'Z9000004', CURRENT_DATE + 330, 'seed', now(), 0);

-- Catalogue facts for data minimisation, the panel and special conditions.
ALTER TABLE dataset ADD COLUMN sensitive boolean NOT NULL DEFAULT false;
ALTER TABLE dataset ADD COLUMN conditions jsonb NOT NULL DEFAULT '[]';
ALTER TABLE dataset ADD COLUMN permitted_purposes jsonb NOT NULL DEFAULT '[]';
ALTER TABLE dataset ADD COLUMN onward_sharing boolean NOT NULL DEFAULT true;
ALTER TABLE dataset_field ADD COLUMN identifiability varchar(10) NOT NULL DEFAULT 'NONE';
ALTER TABLE dataset_field ADD COLUMN sensitive boolean NOT NULL DEFAULT false;

UPDATE dataset_field SET identifiability = 'DIRECT' WHERE identifying;
-- Dates of events, small areas, practices and ethnicity single a person out when combined.
UPDATE dataset_field SET identifiability = 'INDIRECT'
 WHERE NOT identifying
   AND (name IN ('admidate', 'disdate', 'dod', 'appointment_date', 'arrival_date', 'arrival_datetime', 'contact_date',
                 'delivery_date', 'booking_date', 'registration_date', 'record_date', 'specimen_date', 'test_date',
                 'vaccination_date', 'dispensed_date', 'diagnosis_date', 'admission_date', 'exam_date',
                 'date_of_death', 'date_of_registration', 'practice_code', 'gp_practice_code', 'ethnicity',
                 'ethnos', 'ethnic_category', 'lsoa11', 'msoa11', 'resgor', 'place_of_death', 'sex')
        OR name LIKE 'lsoa%' OR name LIKE 'ethnic%');
UPDATE dataset_field SET sensitive = true WHERE name LIKE 'ethnic%';

UPDATE dataset SET sensitive = true
 WHERE code IN ('MHSDS', 'MHMDS', 'MHLDDS', 'IAPT', 'ASSURING_TRANSFORMATION', 'LD_CENSUS', 'MHCYP', 'APMS',
                'HES_MH_BRIDGE');
UPDATE dataset_field SET sensitive = true
 WHERE dataset_code IN (SELECT code FROM dataset WHERE sensitive) AND identifiability <> 'DIRECT';

UPDATE dataset SET conditions = '["GDPPR data is used only for COVID-19 purposes under the COVID-19 Public Health Directions 2020.", "No sub-licensing or onward sharing of GDPPR data.", "No re-identification for direct care.", "Outputs do not identify any individual, GP practice or primary care network without permission.", "Outputs are not used to performance-manage GP practices unless agreed with the BMA."]',
                   permitted_purposes = '["PUBLIC_HEALTH", "RESEARCH"]',
                   onward_sharing = false
 WHERE code = 'GDPPR';
UPDATE dataset SET conditions = '["Civil registration (deaths) data is used under the terms the Office for National Statistics sets for it."]'
 WHERE code IN ('ONS_MORTALITY', 'ONS_MORTALITY_SCC', 'HES_ONS_MORTALITY');
UPDATE dataset SET conditions = '["Hospital Episode Statistics are published only under the HES analysis guide''s suppression rules."]'
 WHERE code IN ('HES_APC', 'HES_OP', 'HES_AE', 'HES_CC');
UPDATE dataset SET conditions = '["Mental health data is handled as especially sensitive: no record is released to anyone outside the named controllers."]',
                   onward_sharing = false
 WHERE sensitive;
