-- What the test service's handler records, one row per applied event.
CREATE TABLE ping (
    id   varchar(100) PRIMARY KEY,
    note varchar(200) NOT NULL,
    seen int NOT NULL DEFAULT 1
);

-- A job table as a service declares one: its own status and columns, plus the kit's lease columns.
CREATE TABLE test_job (
    id               uuid PRIMARY KEY,
    status           varchar(20) NOT NULL,
    created_at       timestamptz NOT NULL,
    attempts         int NOT NULL DEFAULT 0,
    lease_token      uuid,
    lease_expires_at timestamptz,
    next_attempt_at  timestamptz,
    claimed_at       timestamptz,
    percent_done     int NOT NULL DEFAULT 0,
    failure_reason   text,
    row_version      bigint NOT NULL DEFAULT 0
);
