-- Who changed what, or read which record-level data, when and from where.
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
