-- The data set catalogue applicants choose from: data sets named in the DARS catalogue and the HSCIC data
-- linkage and extract service pages, with representative fields. identifying marks direct identifiers (NHS
-- number, name, date of birth, postcode); a data set is identifiable when it has at least one.

INSERT INTO dataset (code, name, description, category, identifiable) VALUES
    ('HES_APC', 'Hospital Episode Statistics Admitted Patient Care',
     'Episodes of admitted care (a period under one consultant) at NHS hospitals in England and NHS-funded care in independent providers, from April 1989.',
     'Hospital', true),
    ('HES_OP', 'Hospital Episode Statistics Outpatients',
     'Outpatient appointments at NHS hospitals in England, from 2003.',
     'Hospital', true),
    ('HES_AE', 'Hospital Episode Statistics Accident and Emergency',
     'Attendances at A&E departments, minor injury units and walk-in centres in England, 2007 to March 2020; superseded by ECDS.',
     'Hospital', true),
    ('HES_CC', 'Hospital Episode Statistics Critical Care',
     'Adult, paediatric and neonatal critical care periods within admitted patient care episodes, from 2007.',
     'Hospital', true),
    ('ECDS', 'Emergency Care Data Set',
     'All attendances at emergency departments, urgent treatment centres, minor injury units and walk-in centres in England, from April 2020.',
     'Hospital', true),
    ('SUS_PBR', 'Secondary Uses Service Payment by Results',
     'Secondary care activity from the Secondary Uses Service with national tariffs applied: national payment information.',
     'Hospital', true),
    ('ULL_APC', 'Uncurated Low Latency Hospital Data Set: Admitted Patient Care',
     'Recent admitted patient care episodes taken from the Secondary Uses Service before HES cleaning: more current but less complete and assured. Available in the trusted research environment only.',
     'Hospital', true),
    ('ULL_OP', 'Uncurated Low Latency Hospital Data Set: Outpatient',
     'Recent outpatient appointments taken from the Secondary Uses Service before HES cleaning: more current but less complete and assured. Available in the trusted research environment only.',
     'Hospital', true),
    ('ULL_CC', 'Uncurated Low Latency Hospital Data Set: Critical Care',
     'Recent critical care periods taken from the Secondary Uses Service before HES cleaning: more current but less complete and assured. Available in the trusted research environment only.',
     'Hospital', true),
    ('SHMI', 'Summary Hospital-level Mortality Indicator',
     'Ratio of observed to expected deaths in hospital or within 30 days of discharge, per NHS trust. Trust-level, no patient records.',
     'Hospital', false),
    ('BCIR', 'Breast and Cosmetic Implant Registry',
     'Breast implant procedures in England carried out by NHS and private providers.',
     'Hospital', true),
    ('DID', 'Diagnostic Imaging Dataset',
     'NHS-funded diagnostic imaging tests such as MRI scans and X-rays, extracted monthly from providers'' radiology information systems, from April 2012. No images are collected.',
     'Diagnostic imaging', true),
    ('PROMS', 'Patient Reported Outcome Measures',
     'Pre- and post-operative questionnaires from patients having hip replacement, knee replacement, groin hernia or varicose vein surgery.',
     'Patient-reported outcomes', true),
    ('MHSDS', 'Mental Health Services Data Set',
     'Record-level data on people of all ages in contact with NHS-funded secondary mental health, learning disability and autism services, from 2016.',
     'Mental health', true),
    ('MHMDS', 'Mental Health Minimum Data Set',
     'Pseudonymised spells of care in NHS-funded adult specialist mental health services, to September 2014.',
     'Mental health', true),
    ('MHLDDS', 'Mental Health and Learning Disabilities Data Set',
     'Adults in NHS-funded specialist secondary mental health or learning disability services, October 2014 to December 2015.',
     'Mental health', true),
    ('IAPT', 'Improving Access to Psychological Therapies',
     'People referred to NHS-commissioned psychological therapy services for depression and anxiety, from April 2012.',
     'Mental health', true),
    ('ASSURING_TRANSFORMATION', 'Assuring Transformation',
     'Inpatients with a learning disability, autism or behaviour that challenges, reported by commissioner.',
     'Mental health', true),
    ('LD_CENSUS', 'Learning Disability Census',
     'Three annual snapshots (2013, 2014, 2015) of inpatients with a learning disability, autism or behaviour that challenges.',
     'Mental health', false),
    ('MHCYP', 'Mental Health of Children and Young People Survey',
     'National survey of the mental health of children and young people in England (2017, with a 2020 follow-up).',
     'Mental health', false),
    ('APMS', 'Adult Psychiatric Morbidity Survey',
     'Prevalence of treated and untreated psychiatric disorder in adults aged 16 and over in England.',
     'Mental health', false),
    ('PDS', 'NHS Registration Data from the Personal Demographics Service',
     'National register of NHS patients'' demographic details: name, address, date of birth, NHS number and registered GP.',
     'Demographics', true),
    ('ONS_MORTALITY', 'Civil Registration (Deaths): ONS mortality data',
     'Deaths registered in England and Wales from the Office for National Statistics: date, place and cause of death.',
     'Mortality', true),
    ('ONS_MORTALITY_SCC', 'Civil Registrations (Deaths): Secondary Care Cut',
     'ONS deaths, with date, place and cause of death, for people with a hospital record: the cut released for secondary care analysis.',
     'Mortality', true),
    ('CANCER_REGISTRATIONS', 'Cancer Registration Data',
     'Registrations of new cancers in England, including site, type, stage and histology of each tumour.',
     'Cancer', true),
    ('GDPPR', 'GPES Data for Pandemic Planning and Research (COVID-19)',
     'Coded GP patient records collected for COVID-19 planning and research, released under increased oversight after a separate access request.',
     'Primary care', true),
    ('PRIMARY_CARE_MEDICINES', 'Medicines dispensed in primary care (NHSBSA data)',
     'Prescription items dispensed in general practice, community clinics, dental and nursing settings.',
     'Primary care', true),
    ('NDA', 'National Diabetes Audit Core',
     'Care processes and treatment targets for people with diabetes in primary and secondary care in England and Wales.',
     'Primary care', true),
    ('GP_WORKFORCE', 'General Practice Workforce Data Set',
     'Quarterly record-level data on GPs, nurses, direct patient care and administrative staff working in general practice in England. No patient data.',
     'Workforce', false),
    ('CSDS', 'Community Services Data Set',
     'Publicly funded community services for children, young people and adults (health visiting, school nursing, community clinics); supersedes CYPHS.',
     'Community care', true),
    ('MSDS', 'Maternity Services Data Set',
     'Maternity care of a mother and baby or babies from the booking appointment until discharge from maternity services.',
     'Maternity', true),
    ('ASCS', 'Personal Social Services Adult Social Care Survey',
     'Annual survey of adults aged 18 and over receiving long-term support funded or managed by social services.',
     'Social care', false),
    ('SACE', 'Personal Social Services Survey of Adult Carers in England',
     'Biennial survey of adult carers of people aged 18 or over who have been assessed or reviewed by social services.',
     'Social care', false),
    ('SSNAP', 'Sentinel Stroke National Audit Programme',
     'Processes of care for stroke patients treated in England, in the subset supplied for COVID-19 research.',
     'Audit', true),
    ('CHESS', 'COVID-19 Hospitalisation in England Surveillance System (SARI-Watch)',
     'Patients admitted to hospital, ICU or HDU with confirmed COVID-19: demographics, risk factors, treatment and outcome.',
     'COVID-19', true),
    ('COVID_SGSS', 'COVID-19 Second Generation Surveillance System',
     'Antigen test reports for COVID-19 in England from Pillar 1 (PHE and NHS hospital laboratories) and Pillar 2.',
     'COVID-19', true),
    ('COVID_PILLAR2', 'COVID-19 UK Non-hospital Antigen Testing Results (Pillar 2)',
     'Antigen swab tests from drive-through, mobile, satellite, home and care home testing. English records by default.',
     'COVID-19', true),
    ('COVID_PILLAR3', 'COVID-19 UK Non-hospital Antibody Testing Results (Pillar 3)',
     'Positive, negative and void antibody test results from non-hospital locations. English records by default.',
     'COVID-19', true),
    ('COVID_VACC_STATUS', 'COVID-19 Vaccination Status',
     'Individual COVID-19 vaccination events with vaccine batch details, for people vaccinated in England or reported to England.',
     'COVID-19', true),
    ('COVID_VACC_ADVERSE', 'COVID-19 Vaccination Adverse Reactions',
     'Adverse reactions within fifteen minutes of a COVID-19 vaccination in England.',
     'COVID-19', true),
    ('EPMA', 'Electronic Prescribing and Medicines Administration in Secondary Care (COVID-19)',
     'Medicines prescribed and administered to hospital patients, from hospital electronic prescribing systems.',
     'COVID-19', true),
    ('COVID_ETHNICITY', 'COVID-19 Ethnic Category Data Set',
     'Ethnic category combined from GDPPR and the latest HES records to improve coverage, for COVID-19 planning and research.',
     'COVID-19', true),
    ('HES_ONS_MORTALITY', 'HES linked to Civil Registrations (Deaths)',
     'Bridging file linking HES patients to ONS death registrations, covering deaths in and outside hospital.',
     'Linked data', false),
    ('HES_DID', 'HES linked to the Diagnostic Imaging Dataset',
     'DID records with the HES patient id each links to, for analysing care pathways after imaging.',
     'Linked data', false),
    ('HES_MH_BRIDGE', 'HES linked to Mental Health data (MHMDS, MHLDDS, MHSDS) bridging file',
     'Bridging file matching mental health records to HES through a pseudonym, from 2006/07.',
     'Linked data', false),
    ('HES_PROMS', 'HES linked to PROMs',
     'PROMs questionnaires linked to the HES admitted patient care episode of the operation.',
     'Linked data', false),
    ('OLD_NEW_HESID', 'Old to new HES id lookup',
     'Lists HES patient ids that changed between releases, so recipients can update earlier linked extracts.',
     'Linked data', false);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('HES_APC', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('HES_APC', 'date_of_birth', 'Date of birth', true, 2),
    ('HES_APC', 'postcode', 'Postcode of usual address', true, 3),
    ('HES_APC', 'epikey', 'Episode key, unique within the financial year', false, 4),
    ('HES_APC', 'admidate', 'Date of admission, repeated on every episode of the spell', false, 5),
    ('HES_APC', 'disdate', 'Date of discharge from hospital', false, 6),
    ('HES_APC', 'admimeth', 'Method of admission (elective, emergency, maternity, transfer)', false, 7),
    ('HES_APC', 'diag_01', 'Primary diagnosis, ICD-10', false, 8),
    ('HES_APC', 'opertn_01', 'Main procedure, OPCS-4', false, 9),
    ('HES_APC', 'procode3', 'Provider code, first three characters', false, 10),
    ('HES_APC', 'epiorder', 'Position of the episode within the spell', false, 11),
    ('HES_APC', 'speldur', 'Length of the spell in days', false, 12);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('HES_OP', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('HES_OP', 'date_of_birth', 'Date of birth', true, 2),
    ('HES_OP', 'postcode', 'Postcode of usual address', true, 3),
    ('HES_OP', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('HES_OP', 'attendkey', 'Attendance key, unique within the financial year', false, 5),
    ('HES_OP', 'apptdate', 'Date of the appointment', false, 6),
    ('HES_OP', 'attended', 'Whether the patient attended, did not attend or cancelled', false, 7),
    ('HES_OP', 'firstatt', 'First or follow-up attendance', false, 8),
    ('HES_OP', 'tretspef', 'Treatment specialty', false, 9),
    ('HES_OP', 'diag_01', 'Primary diagnosis, ICD-10, where coded', false, 10),
    ('HES_OP', 'procode3', 'Provider code, first three characters', false, 11);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('HES_AE', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('HES_AE', 'date_of_birth', 'Date of birth', true, 2),
    ('HES_AE', 'postcode', 'Postcode of usual address', true, 3),
    ('HES_AE', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('HES_AE', 'aekey', 'Attendance key, unique within the financial year', false, 5),
    ('HES_AE', 'arrivaldate', 'Date of arrival', false, 6),
    ('HES_AE', 'aearrivalmode', 'Arrival by ambulance or other means', false, 7),
    ('HES_AE', 'aedepttype', 'Department type (consultant-led, single specialty, minor injury unit, walk-in centre)', false, 8),
    ('HES_AE', 'diag_01', 'First A&E diagnosis code', false, 9),
    ('HES_AE', 'aeattenddisp', 'Disposal at the end of the attendance', false, 10),
    ('HES_AE', 'procode3', 'Provider code, first three characters', false, 11);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('HES_CC', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('HES_CC', 'date_of_birth', 'Date of birth', true, 2),
    ('HES_CC', 'epikey', 'Key of the admitted patient care episode the period belongs to', false, 3),
    ('HES_CC', 'ccstartdate', 'Start date of the critical care period', false, 4),
    ('HES_CC', 'ccdisdate', 'Discharge date from critical care', false, 5),
    ('HES_CC', 'ccunitfun', 'Critical care unit function', false, 6),
    ('HES_CC', 'acardsupdays', 'Days of advanced cardiovascular support', false, 7),
    ('HES_CC', 'arespsupdays', 'Days of advanced respiratory support', false, 8),
    ('HES_CC', 'orgsupmax', 'Maximum number of organ systems supported on any day', false, 9),
    ('HES_CC', 'procode3', 'Provider code, first three characters', false, 10);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('ECDS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('ECDS', 'date_of_birth', 'Date of birth', true, 2),
    ('ECDS', 'postcode', 'Postcode of usual address', true, 3),
    ('ECDS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('ECDS', 'ec_ident', 'Emergency care attendance identifier', false, 5),
    ('ECDS', 'arrival_date', 'Date of arrival', false, 6),
    ('ECDS', 'arrival_mode', 'Arrival mode, SNOMED CT', false, 7),
    ('ECDS', 'chief_complaint', 'Chief complaint, SNOMED CT', false, 8),
    ('ECDS', 'diagnosis_01', 'First diagnosis, SNOMED CT', false, 9),
    ('ECDS', 'discharge_destination', 'Discharge destination, SNOMED CT', false, 10),
    ('ECDS', 'provider_code', 'Organisation code of the provider', false, 11);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('SUS_PBR', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('SUS_PBR', 'date_of_birth', 'Date of birth', true, 2),
    ('SUS_PBR', 'postcode', 'Postcode of usual address', true, 3),
    ('SUS_PBR', 'spell_id', 'Spell identifier', false, 4),
    ('SUS_PBR', 'admission_date', 'Date of admission', false, 5),
    ('SUS_PBR', 'discharge_date', 'Date of discharge', false, 6),
    ('SUS_PBR', 'spell_hrg', 'Healthcare Resource Group of the spell', false, 7),
    ('SUS_PBR', 'tariff_total_payment', 'Total tariff payment for the spell, pounds', false, 8),
    ('SUS_PBR', 'commissioner_code', 'Organisation code of the responsible commissioner', false, 9),
    ('SUS_PBR', 'provider_code', 'Organisation code of the provider', false, 10);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('ULL_APC', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('ULL_APC', 'date_of_birth', 'Date of birth', true, 2),
    ('ULL_APC', 'cds_unique_id', 'Commissioning Data Set record identifier', false, 3),
    ('ULL_APC', 'activity_date', 'Date of the activity', false, 4),
    ('ULL_APC', 'primary_diagnosis', 'Primary diagnosis, ICD-10, where coded', false, 5),
    ('ULL_APC', 'treatment_function', 'Treatment function code', false, 6),
    ('ULL_APC', 'provider_code', 'Organisation code of the provider', false, 7),
    ('ULL_APC', 'submission_date', 'Date the record was submitted to SUS', false, 8);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('ULL_OP', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('ULL_OP', 'date_of_birth', 'Date of birth', true, 2),
    ('ULL_OP', 'cds_unique_id', 'Commissioning Data Set record identifier', false, 3),
    ('ULL_OP', 'activity_date', 'Date of the activity', false, 4),
    ('ULL_OP', 'primary_diagnosis', 'Primary diagnosis, ICD-10, where coded', false, 5),
    ('ULL_OP', 'treatment_function', 'Treatment function code', false, 6),
    ('ULL_OP', 'provider_code', 'Organisation code of the provider', false, 7),
    ('ULL_OP', 'submission_date', 'Date the record was submitted to SUS', false, 8);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('ULL_CC', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('ULL_CC', 'date_of_birth', 'Date of birth', true, 2),
    ('ULL_CC', 'cds_unique_id', 'Commissioning Data Set record identifier', false, 3),
    ('ULL_CC', 'activity_date', 'Date of the activity', false, 4),
    ('ULL_CC', 'primary_diagnosis', 'Primary diagnosis, ICD-10, where coded', false, 5),
    ('ULL_CC', 'treatment_function', 'Treatment function code', false, 6),
    ('ULL_CC', 'provider_code', 'Organisation code of the provider', false, 7),
    ('ULL_CC', 'submission_date', 'Date the record was submitted to SUS', false, 8);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('SHMI', 'provider_code', 'Organisation code of the trust', false, 1),
    ('SHMI', 'reporting_period', 'Twelve-month period the indicator covers', false, 2),
    ('SHMI', 'observed_deaths', 'Deaths observed', false, 3),
    ('SHMI', 'expected_deaths', 'Deaths expected from England averages and case mix', false, 4),
    ('SHMI', 'shmi_value', 'Ratio of observed to expected deaths', false, 5),
    ('SHMI', 'banding', 'Higher than expected, as expected or lower than expected', false, 6);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('BCIR', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('BCIR', 'date_of_birth', 'Date of birth', true, 2),
    ('BCIR', 'postcode', 'Postcode of usual address', true, 3),
    ('BCIR', 'procedure_date', 'Date of the implant procedure', false, 4),
    ('BCIR', 'procedure_type', 'Insertion, revision or removal', false, 5),
    ('BCIR', 'implant_manufacturer', 'Manufacturer of the implant', false, 6),
    ('BCIR', 'implant_catalogue_number', 'Manufacturer''s catalogue number', false, 7),
    ('BCIR', 'reason_for_procedure', 'Cosmetic, reconstructive or revision reason', false, 8),
    ('BCIR', 'provider_code', 'Organisation code of the provider', false, 9);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('DID', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('DID', 'date_of_birth', 'Date of birth', true, 2),
    ('DID', 'postcode', 'Postcode of usual address', true, 3),
    ('DID', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('DID', 'exam_date', 'Date the diagnostic test was performed', false, 5),
    ('DID', 'modality', 'Imaging modality (e.g. MRI, CT, plain X-ray, ultrasound)', false, 6),
    ('DID', 'body_site', 'Body site imaged', false, 7),
    ('DID', 'nicip_code', 'National Interim Clinical Imaging Procedure code', false, 8),
    ('DID', 'referrer_source', 'Patient source setting (inpatient, outpatient, GP direct access, A&E, other)', false, 9),
    ('DID', 'provider_code', 'Organisation code of the imaging provider', false, 10);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('PROMS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('PROMS', 'date_of_birth', 'Date of birth', true, 2),
    ('PROMS', 'postcode', 'Postcode of usual address', true, 3),
    ('PROMS', 'procedure', 'Procedure the questionnaires relate to', false, 4),
    ('PROMS', 'q1_completed_date', 'Date the pre-operative questionnaire was completed', false, 5),
    ('PROMS', 'q2_completed_date', 'Date the post-operative questionnaire was completed', false, 6),
    ('PROMS', 'eq5d_index_pre', 'EQ-5D index before the operation', false, 7),
    ('PROMS', 'eq5d_index_post', 'EQ-5D index after the operation', false, 8),
    ('PROMS', 'oxford_score_pre', 'Oxford hip or knee score before the operation', false, 9),
    ('PROMS', 'oxford_score_post', 'Oxford hip or knee score after the operation', false, 10),
    ('PROMS', 'provider_code', 'Organisation code of the provider', false, 11);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('MHSDS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('MHSDS', 'date_of_birth', 'Date of birth', true, 2),
    ('MHSDS', 'postcode', 'Postcode of usual address', true, 3),
    ('MHSDS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('MHSDS', 'person_id', 'Person identifier within the data set', false, 5),
    ('MHSDS', 'ref_date', 'Date of referral to the service', false, 6),
    ('MHSDS', 'service_type', 'Type of mental health service', false, 7),
    ('MHSDS', 'primary_diagnosis', 'Primary diagnosis, ICD-10', false, 8),
    ('MHSDS', 'mha_detention', 'Whether the person was detained under the Mental Health Act in the period', false, 9),
    ('MHSDS', 'provider_code', 'Organisation code of the provider', false, 10),
    ('MHSDS', 'reporting_period_end', 'End of the monthly reporting period', false, 11);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('MHMDS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('MHMDS', 'date_of_birth', 'Date of birth', true, 2),
    ('MHMDS', 'postcode', 'Postcode of usual address', true, 3),
    ('MHMDS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('MHMDS', 'spell_id', 'Mental health care spell identifier', false, 5),
    ('MHMDS', 'spell_start_date', 'Start of the care spell', false, 6),
    ('MHMDS', 'service_type', 'Type of mental health service', false, 7),
    ('MHMDS', 'primary_diagnosis', 'Primary diagnosis, ICD-10', false, 8),
    ('MHMDS', 'mha_detention', 'Whether the person was detained under the Mental Health Act in the period', false, 9),
    ('MHMDS', 'provider_code', 'Organisation code of the provider', false, 10);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('MHLDDS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('MHLDDS', 'date_of_birth', 'Date of birth', true, 2),
    ('MHLDDS', 'postcode', 'Postcode of usual address', true, 3),
    ('MHLDDS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('MHLDDS', 'spell_id', 'Care spell identifier', false, 5),
    ('MHLDDS', 'spell_start_date', 'Start of the care spell', false, 6),
    ('MHLDDS', 'learning_disability', 'Whether the person has a learning disability', false, 7),
    ('MHLDDS', 'mha_detention', 'Whether the person was detained under the Mental Health Act in the period', false, 8),
    ('MHLDDS', 'provider_code', 'Organisation code of the provider', false, 9);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('IAPT', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('IAPT', 'date_of_birth', 'Date of birth', true, 2),
    ('IAPT', 'postcode', 'Postcode of usual address', true, 3),
    ('IAPT', 'referral_id', 'Referral identifier', false, 4),
    ('IAPT', 'referral_date', 'Date of referral', false, 5),
    ('IAPT', 'problem_descriptor', 'Presenting problem', false, 6),
    ('IAPT', 'phq9_first', 'PHQ-9 depression score at the first treatment appointment', false, 7),
    ('IAPT', 'phq9_last', 'PHQ-9 depression score at the last treatment appointment', false, 8),
    ('IAPT', 'gad7_first', 'GAD-7 anxiety score at the first treatment appointment', false, 9),
    ('IAPT', 'gad7_last', 'GAD-7 anxiety score at the last treatment appointment', false, 10),
    ('IAPT', 'recovery_flag', 'Whether the referral ended in recovery', false, 11);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('ASSURING_TRANSFORMATION', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('ASSURING_TRANSFORMATION', 'date_of_birth', 'Date of birth', true, 2),
    ('ASSURING_TRANSFORMATION', 'admission_date', 'Date of admission', false, 3),
    ('ASSURING_TRANSFORMATION', 'ward_security_level', 'Ward security level', false, 4),
    ('ASSURING_TRANSFORMATION', 'legal_status', 'Legal status (informal, Mental Health Act section)', false, 5),
    ('ASSURING_TRANSFORMATION', 'planned_transfer_date', 'Planned date of transfer to the community', false, 6),
    ('ASSURING_TRANSFORMATION', 'commissioner_code', 'Organisation code of the commissioner', false, 7);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('LD_CENSUS', 'census_year', 'Year of the snapshot', false, 1),
    ('LD_CENSUS', 'age_band', 'Age band of the patient', false, 2),
    ('LD_CENSUS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 3),
    ('LD_CENSUS', 'length_of_stay_days', 'Days in hospital on census day', false, 4),
    ('LD_CENSUS', 'legal_status', 'Legal status on census day', false, 5),
    ('LD_CENSUS', 'provider_code', 'Organisation code of the provider', false, 6);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('MHCYP', 'respondent_id', 'Survey respondent identifier', false, 1),
    ('MHCYP', 'survey_wave', 'Survey wave (2017 or follow-up)', false, 2),
    ('MHCYP', 'age_band', 'Age band of the child', false, 3),
    ('MHCYP', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('MHCYP', 'any_disorder', 'Whether the child met criteria for any mental disorder', false, 5),
    ('MHCYP', 'sdq_total', 'Strengths and Difficulties Questionnaire total score', false, 6),
    ('MHCYP', 'survey_weight', 'Weight to population totals', false, 7);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('APMS', 'respondent_id', 'Survey respondent identifier', false, 1),
    ('APMS', 'survey_year', 'Year of the survey', false, 2),
    ('APMS', 'age_band', 'Age band of the respondent', false, 3),
    ('APMS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('APMS', 'cis_r_score', 'Clinical Interview Schedule (revised) score', false, 5),
    ('APMS', 'treatment_received', 'Mental health treatment received', false, 6),
    ('APMS', 'survey_weight', 'Weight to population totals', false, 7);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('PDS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('PDS', 'given_name', 'Given name', true, 2),
    ('PDS', 'family_name', 'Family name', true, 3),
    ('PDS', 'date_of_birth', 'Date of birth', true, 4),
    ('PDS', 'postcode', 'Postcode of usual address', true, 5),
    ('PDS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 6),
    ('PDS', 'date_of_death', 'Date of death, where recorded', false, 7),
    ('PDS', 'gp_practice_code', 'Code of the registered GP practice', false, 8),
    ('PDS', 'registration_date', 'Date of registration with the practice', false, 9);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('ONS_MORTALITY', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('ONS_MORTALITY', 'date_of_birth', 'Date of birth', true, 2),
    ('ONS_MORTALITY', 'postcode', 'Postcode of usual address', true, 3),
    ('ONS_MORTALITY', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('ONS_MORTALITY', 'dod', 'Date of death', false, 5),
    ('ONS_MORTALITY', 'underlying_cause', 'Underlying cause of death, ICD-10', false, 6),
    ('ONS_MORTALITY', 'place_of_death', 'Place of death (hospital, home, care home, hospice, other)', false, 7),
    ('ONS_MORTALITY', 'age_at_death', 'Age at death in years', false, 8),
    ('ONS_MORTALITY', 'date_of_registration', 'Date the death was registered', false, 9);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('ONS_MORTALITY_SCC', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('ONS_MORTALITY_SCC', 'date_of_birth', 'Date of birth', true, 2),
    ('ONS_MORTALITY_SCC', 'dod', 'Date of death', false, 3),
    ('ONS_MORTALITY_SCC', 'underlying_cause', 'Underlying cause of death, ICD-10', false, 4),
    ('ONS_MORTALITY_SCC', 'cause_of_death_02', 'Second cause on the death certificate, ICD-10', false, 5),
    ('ONS_MORTALITY_SCC', 'place_of_death', 'Place of death', false, 6),
    ('ONS_MORTALITY_SCC', 'communal_establishment', 'Whether the death occurred in a communal establishment', false, 7);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('CANCER_REGISTRATIONS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('CANCER_REGISTRATIONS', 'date_of_birth', 'Date of birth', true, 2),
    ('CANCER_REGISTRATIONS', 'postcode', 'Postcode of usual address', true, 3),
    ('CANCER_REGISTRATIONS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('CANCER_REGISTRATIONS', 'tumour_id', 'Tumour identifier', false, 5),
    ('CANCER_REGISTRATIONS', 'diagnosis_date', 'Date of diagnosis', false, 6),
    ('CANCER_REGISTRATIONS', 'site_icd10', 'Site of the tumour, ICD-10', false, 7),
    ('CANCER_REGISTRATIONS', 'morphology_icd_o', 'Histology, ICD-O-3 morphology', false, 8),
    ('CANCER_REGISTRATIONS', 'stage_best', 'Best available stage at diagnosis', false, 9),
    ('CANCER_REGISTRATIONS', 'basis_of_diagnosis', 'Basis on which the diagnosis was made', false, 10);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('GDPPR', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('GDPPR', 'date_of_birth', 'Date of birth', true, 2),
    ('GDPPR', 'postcode', 'Postcode of usual address', true, 3),
    ('GDPPR', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('GDPPR', 'practice_code', 'Code of the GP practice', false, 5),
    ('GDPPR', 'snomed_code', 'SNOMED CT concept of the coded entry', false, 6),
    ('GDPPR', 'record_date', 'Date of the coded entry', false, 7),
    ('GDPPR', 'value_1', 'First associated value (e.g. a measurement)', false, 8),
    ('GDPPR', 'ethnicity', 'Ethnic category', false, 9);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('PRIMARY_CARE_MEDICINES', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('PRIMARY_CARE_MEDICINES', 'date_of_birth', 'Date of birth', true, 2),
    ('PRIMARY_CARE_MEDICINES', 'dispensed_date', 'Date the item was dispensed', false, 3),
    ('PRIMARY_CARE_MEDICINES', 'bnf_code', 'British National Formulary code of the product', false, 4),
    ('PRIMARY_CARE_MEDICINES', 'quantity', 'Quantity dispensed', false, 5),
    ('PRIMARY_CARE_MEDICINES', 'prescriber_code', 'Code of the prescribing organisation', false, 6),
    ('PRIMARY_CARE_MEDICINES', 'dispenser_code', 'Code of the dispensing contractor', false, 7);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('NDA', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('NDA', 'date_of_birth', 'Date of birth', true, 2),
    ('NDA', 'postcode', 'Postcode of usual address', true, 3),
    ('NDA', 'audit_year', 'Audit year', false, 4),
    ('NDA', 'diabetes_type', 'Type of diabetes', false, 5),
    ('NDA', 'hba1c_value', 'Latest HbA1c, mmol/mol', false, 6),
    ('NDA', 'care_processes_completed', 'Number of the eight care processes completed', false, 7),
    ('NDA', 'practice_code', 'Code of the GP practice', false, 8);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('GP_WORKFORCE', 'staff_record_id', 'Pseudonymous staff record identifier', false, 1),
    ('GP_WORKFORCE', 'practice_code', 'Code of the GP practice', false, 2),
    ('GP_WORKFORCE', 'staff_group', 'Staff group', false, 3),
    ('GP_WORKFORCE', 'job_role', 'Job role', false, 4),
    ('GP_WORKFORCE', 'fte', 'Full-time equivalent hours', false, 5),
    ('GP_WORKFORCE', 'quarter_end', 'End of the quarter reported', false, 6);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('CSDS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('CSDS', 'date_of_birth', 'Date of birth', true, 2),
    ('CSDS', 'postcode', 'Postcode of usual address', true, 3),
    ('CSDS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('CSDS', 'care_contact_id', 'Care contact identifier', false, 5),
    ('CSDS', 'contact_date', 'Date of the care contact', false, 6),
    ('CSDS', 'team_type', 'Type of community team', false, 7),
    ('CSDS', 'activity_type', 'Coded care activity', false, 8),
    ('CSDS', 'provider_code', 'Organisation code of the provider', false, 9);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('MSDS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('MSDS', 'date_of_birth', 'Date of birth', true, 2),
    ('MSDS', 'postcode', 'Postcode of usual address', true, 3),
    ('MSDS', 'pregnancy_id', 'Pregnancy identifier', false, 4),
    ('MSDS', 'booking_date', 'Date of the booking appointment', false, 5),
    ('MSDS', 'gestation_at_booking', 'Gestation at booking, days', false, 6),
    ('MSDS', 'delivery_date', 'Date of delivery', false, 7),
    ('MSDS', 'delivery_method', 'Method of delivery', false, 8),
    ('MSDS', 'birth_weight', 'Birth weight of the baby, grams', false, 9),
    ('MSDS', 'provider_code', 'Organisation code of the provider', false, 10);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('ASCS', 'respondent_id', 'Survey respondent identifier', false, 1),
    ('ASCS', 'survey_year', 'Year of the survey', false, 2),
    ('ASCS', 'council_code', 'Code of the council with adult social services responsibilities', false, 3),
    ('ASCS', 'age_band', 'Age band of the respondent', false, 4),
    ('ASCS', 'quality_of_life_score', 'Social care related quality of life score', false, 5),
    ('ASCS', 'satisfaction', 'Overall satisfaction with care and support', false, 6);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('SACE', 'respondent_id', 'Survey respondent identifier', false, 1),
    ('SACE', 'survey_year', 'Year of the survey', false, 2),
    ('SACE', 'council_code', 'Code of the council with adult social services responsibilities', false, 3),
    ('SACE', 'hours_caring_band', 'Hours spent caring each week', false, 4),
    ('SACE', 'carer_quality_of_life', 'Carer-reported quality of life score', false, 5),
    ('SACE', 'satisfaction', 'Satisfaction with support and services', false, 6);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('SSNAP', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('SSNAP', 'date_of_birth', 'Date of birth', true, 2),
    ('SSNAP', 'postcode', 'Postcode of usual address', true, 3),
    ('SSNAP', 'arrival_datetime', 'Arrival at hospital', false, 4),
    ('SSNAP', 'stroke_type', 'Infarction or primary intracerebral haemorrhage', false, 5),
    ('SSNAP', 'thrombolysis', 'Whether thrombolysis was given', false, 6),
    ('SSNAP', 'nihss_arrival', 'NIH stroke scale score on arrival', false, 7),
    ('SSNAP', 'discharge_mrs', 'Modified Rankin Scale score at discharge', false, 8),
    ('SSNAP', 'team_code', 'Code of the stroke team', false, 9);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('CHESS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('CHESS', 'date_of_birth', 'Date of birth', true, 2),
    ('CHESS', 'postcode', 'Postcode of usual address', true, 3),
    ('CHESS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('CHESS', 'admission_date', 'Date of admission', false, 5),
    ('CHESS', 'icu_admission_date', 'Date of admission to ICU or HDU', false, 6),
    ('CHESS', 'respiratory_support', 'Highest respiratory support received', false, 7),
    ('CHESS', 'outcome', 'Discharged, died or still in hospital', false, 8),
    ('CHESS', 'trust_code', 'Organisation code of the reporting trust', false, 9);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('COVID_SGSS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('COVID_SGSS', 'date_of_birth', 'Date of birth', true, 2),
    ('COVID_SGSS', 'postcode', 'Postcode of usual address', true, 3),
    ('COVID_SGSS', 'sex', 'Sex (1 male, 2 female, 9 not specified)', false, 4),
    ('COVID_SGSS', 'specimen_date', 'Date the specimen was taken', false, 5),
    ('COVID_SGSS', 'lab_report_date', 'Date the laboratory reported the result', false, 6),
    ('COVID_SGSS', 'pillar', 'Testing pillar (1 or 2)', false, 7),
    ('COVID_SGSS', 'organism', 'Organism reported', false, 8);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('COVID_PILLAR2', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('COVID_PILLAR2', 'date_of_birth', 'Date of birth', true, 2),
    ('COVID_PILLAR2', 'postcode', 'Postcode of usual address', true, 3),
    ('COVID_PILLAR2', 'test_date', 'Date of the test', false, 4),
    ('COVID_PILLAR2', 'test_result', 'Positive, negative, void or inconclusive', false, 5),
    ('COVID_PILLAR2', 'test_kit', 'Type of test kit', false, 6),
    ('COVID_PILLAR2', 'test_centre_type', 'Where the test was taken', false, 7),
    ('COVID_PILLAR2', 'country', 'UK country of the record', false, 8);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('COVID_PILLAR3', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('COVID_PILLAR3', 'date_of_birth', 'Date of birth', true, 2),
    ('COVID_PILLAR3', 'postcode', 'Postcode of usual address', true, 3),
    ('COVID_PILLAR3', 'test_date', 'Date of the test', false, 4),
    ('COVID_PILLAR3', 'test_result', 'Positive, negative or void', false, 5),
    ('COVID_PILLAR3', 'test_type', 'Type of antibody test', false, 6),
    ('COVID_PILLAR3', 'country', 'UK country of the record', false, 7);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('COVID_VACC_STATUS', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('COVID_VACC_STATUS', 'date_of_birth', 'Date of birth', true, 2),
    ('COVID_VACC_STATUS', 'postcode', 'Postcode of usual address', true, 3),
    ('COVID_VACC_STATUS', 'vaccination_date', 'Date of vaccination', false, 4),
    ('COVID_VACC_STATUS', 'dose_sequence', 'Dose number', false, 5),
    ('COVID_VACC_STATUS', 'vaccine_product', 'Vaccine product, SNOMED CT', false, 6),
    ('COVID_VACC_STATUS', 'batch_number', 'Vaccine batch number', false, 7),
    ('COVID_VACC_STATUS', 'site_code', 'Code of the vaccination site', false, 8);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('COVID_VACC_ADVERSE', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('COVID_VACC_ADVERSE', 'date_of_birth', 'Date of birth', true, 2),
    ('COVID_VACC_ADVERSE', 'vaccination_date', 'Date of vaccination', false, 3),
    ('COVID_VACC_ADVERSE', 'vaccine_product', 'Vaccine product, SNOMED CT', false, 4),
    ('COVID_VACC_ADVERSE', 'reaction', 'Adverse reaction, SNOMED CT', false, 5),
    ('COVID_VACC_ADVERSE', 'severity', 'Severity of the reaction', false, 6),
    ('COVID_VACC_ADVERSE', 'site_code', 'Code of the vaccination site', false, 7);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('EPMA', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('EPMA', 'date_of_birth', 'Date of birth', true, 2),
    ('EPMA', 'prescription_id', 'Prescription identifier', false, 3),
    ('EPMA', 'medication_name', 'Medicine prescribed', false, 4),
    ('EPMA', 'dm_d_code', 'Dictionary of medicines and devices code', false, 5),
    ('EPMA', 'administration_datetime', 'When the dose was administered', false, 6),
    ('EPMA', 'route', 'Route of administration', false, 7),
    ('EPMA', 'provider_code', 'Organisation code of the hospital', false, 8);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('COVID_ETHNICITY', 'nhs_number', 'NHS number (10 digits, modulus 11 check digit)', true, 1),
    ('COVID_ETHNICITY', 'date_of_birth', 'Date of birth', true, 2),
    ('COVID_ETHNICITY', 'ethnic_category', 'Ethnic category code', false, 3),
    ('COVID_ETHNICITY', 'ethnic_category_source', 'Source of the category (GDPPR or HES)', false, 4),
    ('COVID_ETHNICITY', 'record_date', 'Date the category was recorded', false, 5);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('HES_ONS_MORTALITY', 'extract_hesid', 'Organisation-specific pseudonymous HES patient id', false, 1),
    ('HES_ONS_MORTALITY', 'dod', 'Date of death', false, 2),
    ('HES_ONS_MORTALITY', 'underlying_cause', 'Underlying cause of death, ICD-10', false, 3),
    ('HES_ONS_MORTALITY', 'dru', 'Death record used (ONS, HES or mixed)', false, 4),
    ('HES_ONS_MORTALITY', 'match_rank', 'Step of the matching algorithm that made the link (1 strongest)', false, 5),
    ('HES_ONS_MORTALITY', 'file_version', 'HES index and ONS data versions used', false, 6);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('HES_DID', 'did_record_id', 'Diagnostic Imaging Dataset record identifier', false, 1),
    ('HES_DID', 'extract_hesid', 'Organisation-specific pseudonymous HES patient id', false, 2),
    ('HES_DID', 'match_rank', 'Step of the matching algorithm that made the link (1 strongest)', false, 3),
    ('HES_DID', 'file_version', 'HES index and DID data versions used', false, 4);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('HES_MH_BRIDGE', 'mh_person_id', 'Pseudonymous mental health person identifier', false, 1),
    ('HES_MH_BRIDGE', 'extract_hesid', 'Organisation-specific pseudonymous HES patient id', false, 2),
    ('HES_MH_BRIDGE', 'match_rank', 'Step of the matching algorithm that made the link (1 strongest)', false, 3),
    ('HES_MH_BRIDGE', 'file_version', 'HES index and mental health data versions used', false, 4);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('HES_PROMS', 'proms_record_id', 'PROMs questionnaire pair identifier', false, 1),
    ('HES_PROMS', 'extract_hesid', 'Organisation-specific pseudonymous HES patient id', false, 2),
    ('HES_PROMS', 'epikey', 'HES episode key of the operation', false, 3),
    ('HES_PROMS', 'match_rank', 'Patient matching rank (1 strongest)', false, 4),
    ('HES_PROMS', 'link_score', 'Combined patient, provider and date match score', false, 5);

INSERT INTO dataset_field (dataset_code, name, description, identifying, position) VALUES
    ('OLD_NEW_HESID', 'old_extract_hesid', 'Pseudonymous HES id in earlier extracts', false, 1),
    ('OLD_NEW_HESID', 'new_extract_hesid', 'Pseudonymous HES id in this release', false, 2),
    ('OLD_NEW_HESID', 'change_date', 'Release in which the id changed', false, 3),
    ('OLD_NEW_HESID', 'file_version', 'HES index version', false, 4);
