-- Synthetic clinical content for the demo, keyed by the same record ids as the linkage service's demo release
-- links (n is the synthetic person number there, born on 1930-01-01 + (n * 37) % 30000 days, which gives the
-- ages). No identifiers. Each financial year is one annual refresh release. Safe to run again: rows already there
-- are left alone.
DO $$
BEGIN
    FOR y IN 2012..2025 LOOP
        EXECUTE format('CREATE TABLE IF NOT EXISTS hes_apc_%s PARTITION OF hes_apc FOR VALUES IN (%s)', y, y);
        EXECUTE format('CREATE TABLE IF NOT EXISTS ons_mortality_%s PARTITION OF ons_mortality FOR VALUES IN (%s)', y, y);
        EXECUTE format('CREATE TABLE IF NOT EXISTS did_%s PARTITION OF did FOR VALUES IN (%s)', y, y);
    END LOOP;
END $$;

INSERT INTO hes_apc (financial_year, release_id, file_version, record_id, epikey, admidate, epistart, epiend,
                     disdate, admimeth, dismeth, diag_01, diag_02, opertn_01, procode3, epiorder, speldur, startage,
                     sex, resladst_ons)
SELECT fy, fy || '-' || lpad(((fy + 1) % 100)::text, 2, '0') || '-AR', 1, 'APC-' || n || '-' || k,
       (n * 10 + k)::text, admidate, admidate, admidate + n % 15, admidate + n % 15,
       (ARRAY['11','12','13','21','22','28'])[1 + (n + k) % 6], '1',
       (ARRAY['I21.9','J18.9','M16.1','K80.2','N39.0','I50.0','S72.0','C50.9'])[1 + (n * k) % 8], NULL,
       (ARRAY['W37.1','H01.1','K40.1','W38.1','-'])[1 + (n + 2 * k) % 5],
       (ARRAY['RR8','RRV','R0A','RTH','RX1'])[1 + n % 5], 1, n % 15,
       date_part('year', age(admidate, dob))::int, (1 + n % 2)::text,
       (ARRAY['E08000035','E08000003','E08000025','E06000023','E09000033'])[1 + n % 5]
FROM (SELECT n, k, date '2015-04-01' + (n * 7919 + k * 104729) % 3000 AS admidate, date '1930-01-01' + (n * 37) % 30000 AS dob
      FROM generate_series(1, 5000) AS n, generate_series(1, 3) AS k WHERE k <= n % 4) a,
     LATERAL (SELECT CASE WHEN extract(month FROM admidate) >= 4 THEN extract(year FROM admidate)
                          ELSE extract(year FROM admidate) - 1 END::int AS fy) f
WHERE dob <= admidate
ON CONFLICT DO NOTHING;

INSERT INTO ons_mortality (financial_year, release_id, file_version, record_id, dod, underlying_cause,
                           place_of_death, age_at_death, date_of_registration, sex, resladst_ons)
SELECT fy, fy || '-' || lpad(((fy + 1) % 100)::text, 2, '0') || '-AR', 1, 'ONS-' || n, dod,
       (ARRAY['I21.9','C34.9','J44.9','F03','I64','C18.9'])[1 + n % 6],
       (ARRAY['Hospital','Home','Care home','Hospice'])[1 + n % 4],
       date_part('year', age(dod, dob))::int, dod + 1 + n % 5, (1 + n % 2)::text,
       (ARRAY['E08000035','E08000003','E08000025','E06000023','E09000033'])[1 + n % 5]
FROM (SELECT n, date '2016-01-01' + (n * 7907) % 2500 AS dod, date '1930-01-01' + (n * 37) % 30000 AS dob
      FROM generate_series(1, 5000) AS n WHERE n % 7 = 0) d,
     LATERAL (SELECT CASE WHEN extract(month FROM dod) >= 4 THEN extract(year FROM dod)
                          ELSE extract(year FROM dod) - 1 END::int AS fy) f
WHERE dob <= dod
ON CONFLICT DO NOTHING;

INSERT INTO did (financial_year, release_id, file_version, record_id, exam_date, modality, body_site, nicip_code,
                 referrer_source, provider_code, age_at_exam, sex, resladst_ons)
SELECT fy, fy || '-' || lpad(((fy + 1) % 100)::text, 2, '0') || '-AR', 1, 'DID-' || n || '-' || k, exam_date,
       (ARRAY['CT','MR','US','XR','NM'])[1 + (n + k) % 5], (ARRAY['Chest','Head','Abdomen','Knee','Spine'])[1 + (n * k) % 5],
       NULL, (ARRAY['GP','A&E','Inpatient','Outpatient'])[1 + n % 4], (ARRAY['RR8','RRV','R0A','RTH','RX1'])[1 + n % 5],
       date_part('year', age(exam_date, dob))::int, (1 + n % 2)::text,
       (ARRAY['E08000035','E08000003','E08000025','E06000023','E09000033'])[1 + n % 5]
FROM (SELECT n, k, date '2016-01-01' + (n * 6151 + k * 3571) % 2500 AS exam_date, date '1930-01-01' + (n * 37) % 30000 AS dob
      FROM generate_series(1, 5000) AS n, generate_series(1, 2) AS k WHERE n % 3 = 0) i,
     LATERAL (SELECT CASE WHEN extract(month FROM exam_date) >= 4 THEN extract(year FROM exam_date)
                          ELSE extract(year FROM exam_date) - 1 END::int AS fy) f
WHERE dob <= exam_date
ON CONFLICT DO NOTHING;

-- One annual-refresh file per data set and year; its digest stands for the demo seed, there being no file.
INSERT INTO release_file (dataset_code, release_id, file_version, financial_year, period, sha256, rows, status,
                          ingested_by, ingested_at)
SELECT dataset_code, release_id, 1, financial_year, 'AR', encode(sha256(convert_to('demo ' || release_id, 'UTF8')), 'hex'),
       rows, 'CURRENT', 'demo-data', now()
FROM (SELECT 'HES_APC' AS dataset_code, release_id, financial_year, count(*) AS rows FROM hes_apc WHERE file_version = 1 AND release_id LIKE '%-AR' GROUP BY 1, 2, 3
      UNION ALL SELECT 'ONS_MORTALITY', release_id, financial_year, count(*) FROM ons_mortality WHERE release_id LIKE '%-AR' GROUP BY 1, 2, 3
      UNION ALL SELECT 'DID', release_id, financial_year, count(*) FROM did WHERE release_id LIKE '%-AR' GROUP BY 1, 2, 3) r
ON CONFLICT DO NOTHING;
