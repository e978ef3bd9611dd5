-- Synthetic clinical content for the demo, keyed by the same record ids as the linkage service's demo release
-- links (n is the synthetic person number there). No identifiers. Safe to run again: it refreshes the rows.
INSERT INTO content_record (dataset_code, record_id, fields)
SELECT 'HES_APC', 'APC-' || n || '-' || k, jsonb_build_object(
        'epikey', (n * 10 + k)::text,
        'admidate', to_char(date '2015-04-01' + (n * k * 13) % 3000, 'YYYY-MM-DD'),
        'disdate', to_char(date '2015-04-01' + (n * k * 13) % 3000 + n % 15, 'YYYY-MM-DD'),
        'admimeth', (ARRAY['11','12','13','21','22','28'])[1 + (n + k) % 6],
        'diag_01', (ARRAY['I21.9','J18.9','M16.1','K80.2','N39.0','I50.0','S72.0','C50.9'])[1 + (n * k) % 8],
        'opertn_01', (ARRAY['W37.1','H01.1','K40.1','W38.1','-'])[1 + (n + 2 * k) % 5],
        'procode3', (ARRAY['RR8','RRV','R0A','RTH','RX1'])[1 + n % 5],
        'epiorder', '1',
        'speldur', (n % 15)::text)
FROM generate_series(1, 5000) AS n, generate_series(1, 3) AS k
WHERE k <= n % 4
ON CONFLICT (dataset_code, record_id) DO UPDATE SET fields = excluded.fields;

INSERT INTO content_record (dataset_code, record_id, fields)
SELECT 'ONS_MORTALITY', 'ONS-' || n, jsonb_build_object(
        'dod', to_char(date '2016-01-01' + (n * 11) % 2500, 'YYYY-MM-DD'),
        'underlying_cause', (ARRAY['I21.9','C34.9','J44.9','F03','I64','C18.9'])[1 + n % 6],
        'place_of_death', (ARRAY['Hospital','Home','Care home','Hospice'])[1 + n % 4],
        'age_at_death', (70 + n % 25)::text,
        'sex', (1 + n % 2)::text,
        'date_of_registration', to_char(date '2016-01-01' + (n * 11) % 2500 + 1 + n % 5, 'YYYY-MM-DD'))
FROM generate_series(1, 5000) AS n
WHERE n % 7 = 0
ON CONFLICT (dataset_code, record_id) DO UPDATE SET fields = excluded.fields;

INSERT INTO content_record (dataset_code, record_id, fields)
SELECT 'DID', 'DID-' || n || '-' || k, jsonb_build_object(
        'exam_date', to_char(date '2016-01-01' + (n * k * 7) % 2500, 'YYYY-MM-DD'),
        'modality', (ARRAY['CT','MR','US','XR','NM'])[1 + (n + k) % 5],
        'body_site', (ARRAY['Chest','Head','Abdomen','Knee','Spine'])[1 + (n * k) % 5],
        'referrer_source', (ARRAY['GP','A&E','Inpatient','Outpatient'])[1 + n % 4],
        'provider_code', (ARRAY['RR8','RRV','R0A','RTH','RX1'])[1 + n % 5])
FROM generate_series(1, 5000) AS n, generate_series(1, 2) AS k
WHERE n % 3 = 0
ON CONFLICT (dataset_code, record_id) DO UPDATE SET fields = excluded.fields;
