-- A repeated upload with the same Idempotency-Key returns the run the first one created.
ALTER TABLE linkage_run ADD COLUMN idempotency_key varchar(100);
CREATE UNIQUE INDEX linkage_run_idempotency_idx ON linkage_run (organisation_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
