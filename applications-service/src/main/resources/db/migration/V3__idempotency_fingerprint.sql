-- What request an Idempotency-Key was used for, so a reuse with another body can be refused.
ALTER TABLE application ADD COLUMN idempotency_fingerprint varchar(64);
