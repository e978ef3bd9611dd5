-- A repeated upload with the same Idempotency-Key answers with the cohort the first one made; another file under the
-- same key is refused.
ALTER TABLE cohort ADD COLUMN idempotency_key varchar(100);
ALTER TABLE cohort ADD COLUMN idempotency_fingerprint varchar(64);
CREATE UNIQUE INDEX cohort_idempotency_idx ON cohort (organisation_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
