-- Claimed runs hold a lease renewed by the worker's heartbeat; the token fences out a superseded worker.
ALTER TABLE linkage_run ADD COLUMN lease_token uuid;
ALTER TABLE linkage_run ADD COLUMN lease_expires_at timestamptz;
ALTER TABLE linkage_run ADD COLUMN next_attempt_at timestamptz;
CREATE INDEX linkage_run_claimable_idx ON linkage_run (created_at) WHERE status IN ('PENDING', 'RUNNING');
