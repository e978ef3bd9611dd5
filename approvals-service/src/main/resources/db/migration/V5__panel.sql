-- The independent advisory panel. The seats are the members attending, one chair and at least one lay member;
-- the quorum counts the members taking part in an item, so it can never be met with fewer than three.
CREATE TABLE panel_meeting (
    id           uuid PRIMARY KEY,
    held_on      date NOT NULL,
    status       varchar(20) NOT NULL,
    quorum       int NOT NULL CHECK (quorum >= 3),
    seats        jsonb NOT NULL,
    minutes      text,
    scheduled_by varchar(100) NOT NULL,
    closed_at    timestamptz,
    row_version  bigint NOT NULL,
    -- Minutes are written once, by the close, and only then.
    CHECK ((status = 'CLOSED') = (minutes IS NOT NULL AND closed_at IS NOT NULL))
);
CREATE INDEX panel_meeting_held_on_idx ON panel_meeting (held_on);

-- One application version on one meeting's agenda, with the declarations, votes and recommendation made on it.
CREATE TABLE panel_item (
    id                    uuid PRIMARY KEY,
    meeting_id            uuid NOT NULL REFERENCES panel_meeting (id),
    case_id               uuid NOT NULL REFERENCES assessment_case (id),
    application_reference varchar(20) NOT NULL,
    application_version   int NOT NULL,
    status                varchar(20) NOT NULL,
    declarations          jsonb NOT NULL,
    votes                 jsonb NOT NULL,
    recommendation        varchar(30),
    conditions            jsonb NOT NULL,
    note                  text,
    listed_by             varchar(100) NOT NULL,
    listed_at             timestamptz NOT NULL,
    concluded_by          varchar(100),
    concluded_at          timestamptz,
    row_version           bigint NOT NULL,
    UNIQUE (meeting_id, case_id),
    CHECK ((status = 'CONCLUDED') = (recommendation IS NOT NULL AND concluded_at IS NOT NULL))
);
CREATE INDEX panel_item_case_idx ON panel_item (case_id);
