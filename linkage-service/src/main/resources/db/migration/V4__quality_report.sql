-- The engine's quality report of a run: match rate per rank, unmatched, ambiguous, unusable values, timings.
ALTER TABLE linkage_run ADD COLUMN quality jsonb;
