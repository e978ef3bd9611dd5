-- The relay reads the oldest unsent row of each aggregate.
CREATE INDEX outbox_event_unsent_aggregate_idx ON outbox_event (aggregate_id, id) WHERE sent_at IS NULL;
