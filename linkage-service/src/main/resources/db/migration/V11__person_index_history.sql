-- The person index is kept, not only read: routine linkage of a release adds the persons its records found, and
-- merges two persons found to be the same; a data manager may merge or split by hand. Every change is recorded,
-- with the index version it made, so an organisation that received a person's pseudonym can be told its new one.
CREATE SEQUENCE person_number START 10000001;

ALTER TABLE person ADD COLUMN founded_by_run uuid;
ALTER TABLE person ADD COLUMN merged_into varchar(20);
ALTER TABLE person ADD COLUMN retired_at timestamptz;
CREATE INDEX person_nhs_number_idx ON person (nhs_number) WHERE merged_into IS NULL;

CREATE TABLE person_index_version (
    version       int PRIMARY KEY,
    reason        varchar(300) NOT NULL,
    run_id        uuid,
    persons_added int NOT NULL,
    merged        int NOT NULL,
    split         int NOT NULL,
    created_by    varchar(100) NOT NULL,
    created_at    timestamptz NOT NULL
);
INSERT INTO person_index_version VALUES (0, 'the index as first loaded', NULL, 0, 0, 0, 'flyway', now());

CREATE TABLE person_change (
    id             bigserial PRIMARY KEY,
    index_version  int NOT NULL REFERENCES person_index_version (version),
    kind           varchar(10) NOT NULL,
    old_person_id  varchar(20) NOT NULL,
    new_person_id  varchar(20) NOT NULL,
    records_moved  int NOT NULL,
    reason         varchar(500) NOT NULL,
    changed_by     varchar(100) NOT NULL,
    changed_at     timestamptz NOT NULL
);
CREATE INDEX person_change_old_idx ON person_change (old_person_id);

-- Which release file and index version each record's link came from, as the HES-DID extract's file version says.
ALTER TABLE release_record ADD COLUMN release_id varchar(60);
ALTER TABLE release_record ADD COLUMN file_version int;
ALTER TABLE release_record ADD COLUMN index_version int;

-- A release may come again as a corrected file version; each version is linked once.
DROP INDEX linkage_run_release_idx;
ALTER TABLE linkage_run ADD COLUMN file_version int;
CREATE UNIQUE INDEX linkage_run_release_idx ON linkage_run (dataset_code, release_id, file_version)
    WHERE release_id IS NOT NULL;
ALTER TABLE linkage_run ADD COLUMN persons_added int NOT NULL DEFAULT 0;
ALTER TABLE linkage_run ADD COLUMN persons_merged int NOT NULL DEFAULT 0;
ALTER TABLE linkage_run ADD COLUMN person_index_version int;

-- The National Data Opt-out list (NHS numbers only), replaced whole by each load; the loads are kept, who is on the
-- list is not delivered anywhere.
CREATE TABLE opt_out (
    nhs_number varchar(10) PRIMARY KEY
);
CREATE TABLE opt_out_load (
    version    int PRIMARY KEY,
    entries    int NOT NULL,
    added      int NOT NULL,
    removed    int NOT NULL,
    sha256     varchar(64) NOT NULL,
    loaded_by  varchar(100) NOT NULL,
    loaded_at  timestamptz NOT NULL
);

-- Whether a run's product has the opt-out applied (its legal basis decides), and how many people it removed.
ALTER TABLE linkage_run ADD COLUMN common_law_basis varchar(40);
ALTER TABLE linkage_run ADD COLUMN opt_outs_applied boolean;
ALTER TABLE linkage_run ADD COLUMN opted_out int;
ALTER TABLE linkage_run ADD COLUMN opt_out_exemption varchar(200);
ALTER TABLE link_result ADD COLUMN opted_out boolean NOT NULL DEFAULT false;
