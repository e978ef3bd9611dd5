-- Fields whose values identify a record across the whole national data set (episode keys, spell ids, a data set's
-- own person id). Released verbatim, two organisations could join their extracts on them and defeat their
-- separate pseudonyms, so each is released only as a pseudonym of the receiving organisation.
CREATE TABLE record_key_field (
    dataset_code    varchar(40) NOT NULL,
    field           varchar(60) NOT NULL,
    PRIMARY KEY (dataset_code, field)
);

INSERT INTO record_key_field (dataset_code, field) VALUES
    ('APMS', 'respondent_id'), ('ASCS', 'respondent_id'), ('CANCER_REGISTRATIONS', 'tumour_id'),
    ('CSDS', 'care_contact_id'), ('ECDS', 'ec_ident'), ('EPMA', 'prescription_id'),
    ('GP_WORKFORCE', 'staff_record_id'), ('HES_AE', 'aekey'), ('HES_APC', 'epikey'), ('HES_CC', 'epikey'),
    ('HES_DID', 'did_record_id'), ('HES_MH_BRIDGE', 'mh_person_id'), ('HES_OP', 'attendkey'),
    ('HES_PROMS', 'epikey'), ('HES_PROMS', 'proms_record_id'), ('IAPT', 'referral_id'),
    ('MHCYP', 'respondent_id'), ('MHLDDS', 'spell_id'), ('MHMDS', 'spell_id'), ('MHSDS', 'person_id'),
    ('MSDS', 'pregnancy_id'), ('SACE', 'respondent_id'), ('SUS_PBR', 'spell_id'), ('ULL_APC', 'cds_unique_id'),
    ('ULL_CC', 'cds_unique_id'), ('ULL_OP', 'cds_unique_id');
