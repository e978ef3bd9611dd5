-- Data set content moves from one JSON table to a typed table per data set, partitioned by financial year (named by
-- its first calendar year: 2024 is 2024-25). Every row says which release file it came from, so a later file can
-- supersede an earlier one and a manifest can name exactly what an extract was built from. Partitions are created
-- when the first file of a year arrives. Columns follow the data dictionary (ContentTable).
DROP TABLE content_record;

-- Each file of a release as received: a release (e.g. HES APC 2024-25 month 6) may come again as a corrected file
-- version. A data set's content in force is the rows of its CURRENT files.
CREATE TABLE release_file (
    dataset_code    varchar(40) NOT NULL,
    release_id      varchar(60) NOT NULL,
    file_version    int NOT NULL,
    financial_year  smallint NOT NULL,
    period          varchar(3) NOT NULL,
    sha256          varchar(64) NOT NULL,
    rows            bigint NOT NULL,
    status          varchar(20) NOT NULL,
    ingested_by     varchar(100) NOT NULL,
    ingested_at     timestamptz NOT NULL,
    superseded_by   varchar(80),
    superseded_at   timestamptz,
    PRIMARY KEY (dataset_code, release_id, file_version)
);
CREATE INDEX release_file_current_idx ON release_file (dataset_code, financial_year) WHERE status = 'CURRENT';

CREATE TABLE hes_apc (
    financial_year smallint NOT NULL, release_id varchar(60) NOT NULL, file_version int NOT NULL,
    record_id varchar(40) NOT NULL,
    epikey varchar(20), admidate date, epistart date, epiend date, disdate date, admimeth varchar(20),
    dismeth varchar(20), diag_01 varchar(20), diag_02 varchar(20), opertn_01 varchar(20), procode3 varchar(20),
    epiorder integer, speldur integer, startage integer, sex varchar(20), resladst_ons varchar(20),
    PRIMARY KEY (financial_year, release_id, file_version, record_id)
) PARTITION BY LIST (financial_year);

CREATE TABLE hes_op (
    financial_year smallint NOT NULL, release_id varchar(60) NOT NULL, file_version int NOT NULL,
    record_id varchar(40) NOT NULL,
    attendkey varchar(20), apptdate date, attended varchar(20), firstatt varchar(20), tretspef varchar(20),
    diag_01 varchar(20), procode3 varchar(20), apptage integer, sex varchar(20), resladst_ons varchar(20),
    PRIMARY KEY (financial_year, release_id, file_version, record_id)
) PARTITION BY LIST (financial_year);

CREATE TABLE hes_ae (
    financial_year smallint NOT NULL, release_id varchar(60) NOT NULL, file_version int NOT NULL,
    record_id varchar(40) NOT NULL,
    aekey varchar(20), arrivaldate date, aearrivalmode varchar(20), aedepttype varchar(20), diag_01 varchar(20),
    aeattenddisp varchar(20), procode3 varchar(20), arrivalage integer, sex varchar(20), resladst_ons varchar(20),
    PRIMARY KEY (financial_year, release_id, file_version, record_id)
) PARTITION BY LIST (financial_year);

CREATE TABLE ons_mortality (
    financial_year smallint NOT NULL, release_id varchar(60) NOT NULL, file_version int NOT NULL,
    record_id varchar(40) NOT NULL,
    dod date, underlying_cause varchar(20), place_of_death varchar(200), age_at_death integer,
    date_of_registration date, sex varchar(20), resladst_ons varchar(20),
    PRIMARY KEY (financial_year, release_id, file_version, record_id)
) PARTITION BY LIST (financial_year);

CREATE TABLE did (
    financial_year smallint NOT NULL, release_id varchar(60) NOT NULL, file_version int NOT NULL,
    record_id varchar(40) NOT NULL,
    exam_date date, modality varchar(20), body_site varchar(200), nicip_code varchar(20),
    referrer_source varchar(200), provider_code varchar(20), age_at_exam integer, sex varchar(20),
    resladst_ons varchar(20),
    PRIMARY KEY (financial_year, release_id, file_version, record_id)
) PARTITION BY LIST (financial_year);

CREATE TABLE proms (
    financial_year smallint NOT NULL, release_id varchar(60) NOT NULL, file_version int NOT NULL,
    record_id varchar(40) NOT NULL,
    procedure varchar(20), pre_op_date date, post_op_date date, eq5d_pre numeric, eq5d_post numeric,
    oxford_score_pre integer, oxford_score_post integer, procode3 varchar(20), sex varchar(20),
    resladst_ons varchar(20),
    PRIMARY KEY (financial_year, release_id, file_version, record_id)
) PARTITION BY LIST (financial_year);

-- An extract joins linkage results to content by record id.
CREATE INDEX hes_apc_record_idx ON hes_apc (record_id);
CREATE INDEX hes_op_record_idx ON hes_op (record_id);
CREATE INDEX hes_ae_record_idx ON hes_ae (record_id);
CREATE INDEX ons_mortality_record_idx ON ons_mortality (record_id);
CREATE INDEX did_record_idx ON did (record_id);
CREATE INDEX proms_record_idx ON proms (record_id);

-- What each extract was built from and how, so it can be checked and rebuilt.
ALTER TABLE extract_job ADD COLUMN manifest jsonb;
ALTER TABLE extract_job ADD COLUMN files jsonb;
ALTER TABLE extract_job ADD COLUMN person_index_version integer;
ALTER TABLE extract_job ADD COLUMN opt_outs_applied boolean;
ALTER TABLE extract_job ADD COLUMN opted_out bigint;
ALTER TABLE extract_job ADD COLUMN opt_out_exemption varchar(200);
