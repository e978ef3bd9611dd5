-- The service kit's tables, created in each service's own schema before the service's migrations
-- (versions 0.x sort before every service's own).

CREATE TABLE outbox_event (
    id              bigserial PRIMARY KEY,
    event_id        uuid NOT NULL UNIQUE,
    topic           varchar(249) NOT NULL,
    aggregate_id    varchar(200) NOT NULL,
    type            varchar(300) NOT NULL,
    payload         text NOT NULL,
    occurred_at     timestamptz NOT NULL,
    sent_at         timestamptz,
    failed_attempts int NOT NULL DEFAULT 0,
    last_error      text,
    next_attempt_at timestamptz
);
CREATE INDEX outbox_event_unsent_idx ON outbox_event (id) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_sent_idx ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

CREATE TABLE processed_event (
    event_id     varchar(100) PRIMARY KEY,
    topic        varchar(249) NOT NULL,
    processed_at timestamptz NOT NULL
);

-- Raw bytes, so a record is kept whatever it contains (NULs, bad UTF-8); one row per record position.
CREATE TABLE dead_letter (
    id               bigserial PRIMARY KEY,
    topic            varchar(249) NOT NULL,
    record_partition int NOT NULL,
    record_offset    bigint NOT NULL,
    event_id         varchar(200),
    record_key       bytea,
    payload          bytea,
    headers          bytea NOT NULL,
    reason           text NOT NULL,
    attempts         int NOT NULL,
    received_at      timestamptz NOT NULL,
    replayed_at      timestamptz,
    UNIQUE (topic, record_partition, record_offset)
);

-- Who changed what, or read which record-level data, or was refused, when and from where.
CREATE TABLE audit_event (
    id              bigserial PRIMARY KEY,
    at              timestamptz NOT NULL,
    actor           varchar(100) NOT NULL,
    organisation_id varchar(40),
    method          varchar(10) NOT NULL,
    path            varchar(400) NOT NULL,
    status          int NOT NULL,
    remote_address  varchar(100)
);
CREATE INDEX audit_event_at_idx ON audit_event (at);
