-- What upload an Idempotency-Key was used for (file bytes and column mapping), so a reuse with another file is refused.
ALTER TABLE linkage_run ADD COLUMN idempotency_fingerprint varchar(64);
