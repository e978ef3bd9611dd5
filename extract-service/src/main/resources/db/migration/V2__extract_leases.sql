-- Claimed extracts hold a lease renewed by the worker's heartbeat; the token fences out a superseded worker.
ALTER TABLE extract_job ADD COLUMN lease_token uuid;
ALTER TABLE extract_job ADD COLUMN lease_expires_at timestamptz;
ALTER TABLE extract_job ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE extract_job ADD COLUMN percent_done int NOT NULL DEFAULT 0;
ALTER TABLE extract_job ADD COLUMN result_rows bigint NOT NULL DEFAULT 0;
CREATE INDEX extract_job_claimable_idx ON extract_job (created_at) WHERE status IN ('PENDING', 'BUILDING');

-- The extract file lives here, not on a pod's disk: any replica serves it. Each chunk is AES-GCM encrypted with
-- the extract's own data key, which is stored sealed by the service's master key.
ALTER TABLE extract_job ADD COLUMN size_bytes bigint;
ALTER TABLE extract_job ADD COLUMN chunk_size int;
ALTER TABLE extract_job ADD COLUMN sealed_key bytea;
ALTER TABLE extract_job ADD COLUMN master_key_id varchar(40);
ALTER TABLE extract_job ADD COLUMN purged_at timestamptz;
ALTER TABLE extract_job ADD COLUMN purged_by varchar(100);

CREATE TABLE extract_chunk (
    extract_id uuid NOT NULL REFERENCES extract_job (id),
    seq        int NOT NULL,
    bytes      bytea NOT NULL,
    PRIMARY KEY (extract_id, seq)
);
