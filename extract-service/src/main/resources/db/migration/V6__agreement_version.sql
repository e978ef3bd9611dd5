-- Products are now recorded when their agreement comes into force; a renewal moves them to its version.
ALTER TABLE approved_product ADD COLUMN agreement_version int NOT NULL DEFAULT 1;
