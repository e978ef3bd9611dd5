-- Organisations' pseudonymisation secrets are kept only sealed (AES-GCM) under a master key that only
-- linkage-service receives, and versioned so a key can be rotated. The plain-text keys of earlier versions are
-- dropped rather than carried over (pre-release: pseudonyms issued under them cannot be reproduced).
DROP TABLE pseudonym_key;
CREATE TABLE pseudonym_key (
    organisation_id varchar(40) NOT NULL,
    version         integer NOT NULL,
    sealed_secret   bytea NOT NULL,
    master_key_id   varchar(40) NOT NULL,
    created_at      timestamptz NOT NULL,
    created_by      varchar(200),
    retired_at      timestamptz,
    PRIMARY KEY (organisation_id, version)
);

-- Which key version made a run's pseudonyms, so its results read the same after a rotation.
ALTER TABLE linkage_run ADD COLUMN pseudonym_key_version integer;
