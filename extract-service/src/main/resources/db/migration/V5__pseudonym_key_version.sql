-- Which version of the organisation's pseudonymisation key made an extract's pseudonyms, so a recipient can tell
-- which files a key rotation's old-to-new mapping applies to.
ALTER TABLE extract_job ADD COLUMN pseudonym_key_version integer;
