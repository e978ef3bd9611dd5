-- Applications whose delivery a later decision stopped (a rejection, later a revocation): no extract is built or
-- served for them, whatever approval arrived before or after the decision.
CREATE TABLE withheld_application (
    application_id  uuid PRIMARY KEY,
    reason          varchar(1000) NOT NULL,
    decided_by      varchar(200),
    withheld_at     timestamptz NOT NULL
);
