-- Every product is now built. A standard extract is a subscription: its first delivery is linked when the agreement
-- comes into force, and another after each release of one of its data sets is linked, for as long as the agreement
-- lasts; so an application version has one run per delivery. A tabulation needs no linkage at all.
ALTER TABLE linkage_run DROP CONSTRAINT linkage_run_application_id_application_version_key;
ALTER TABLE linkage_run ADD COLUMN product_type varchar(40);
ALTER TABLE linkage_run ADD COLUMN delivery int NOT NULL DEFAULT 1;
ALTER TABLE linkage_run ADD COLUMN trigger_dataset varchar(40);
ALTER TABLE linkage_run ADD COLUMN trigger_release varchar(60);
ALTER TABLE linkage_run ADD COLUMN trigger_file_version int;
CREATE UNIQUE INDEX linkage_run_delivery_idx ON linkage_run (application_id, application_version, delivery)
    WHERE application_id IS NOT NULL;
CREATE UNIQUE INDEX linkage_run_trigger_idx ON linkage_run (application_id, application_version, trigger_dataset,
    trigger_release, trigger_file_version) WHERE trigger_release IS NOT NULL;

CREATE TABLE subscription (
    application_id      uuid NOT NULL,
    application_version int NOT NULL,
    organisation_id     varchar(40) NOT NULL,
    datasets            jsonb NOT NULL,
    common_law_basis    varchar(40),
    started_at          timestamptz NOT NULL,
    ended_at            timestamptz,
    ended_why           varchar(500),
    PRIMARY KEY (application_id, application_version)
);
