-- Synthetic demo persons and the records of three data set releases linked to them. Deterministic, so the
-- extract service's demo content (keyed by the same record ids) and the demo cohort agree with it.
-- Safe to run again: existing rows are left alone.
INSERT INTO person (person_id, nhs_number, date_of_birth, sex, postcode, given_name, family_name)
SELECT 'P' || lpad(n::text, 7, '0'),
       base::text || check_digit::text,
       to_char(date '1930-01-01' + (n * 37) % 30000, 'YYYY-MM-DD'),
       (1 + n % 2)::text,
       (ARRAY['LS1','LS6','M1','M14','B15','NE1','BS8','CF10','EH3','G12','L8','S10','NG7','OX4','CB2'])[1 + n % 15]
           || ' ' || (1 + n % 9)::text
           || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (n * 7) % 20, 1)
           || substr('ABDEFGHJLNPQRSTUWXYZ', 1 + (n * 13) % 20, 1),
       (ARRAY['Oliver','Amelia','George','Isla','Harry','Ava','Noah','Mia','Jack','Ivy','Leo','Lily','Arthur','Freya',
              'Muhammad','Grace','Oscar','Sophia','Charlie','Ella'])[1 + n % 20],
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson','Wright',
              'Thompson','Evans','Walker','White','Roberts','Green','Hall','Thomas','Clarke','Khan','Lewis'])[1 + (n * 3) % 22]
FROM (
    SELECT n, base,
           CASE WHEN 11 - weighted % 11 = 11 THEN 0 ELSE 11 - weighted % 11 END AS check_digit
    FROM (
        SELECT n, base,
               (SELECT sum(substr(base::text, i, 1)::int * (11 - i)) FROM generate_series(1, 9) AS i) AS weighted
        FROM (SELECT n, 400000000 + (n::bigint * 104729) % 500000000 AS base FROM generate_series(1, 5000) AS n) b
    ) w
) v
WHERE check_digit <> 10
ON CONFLICT DO NOTHING;

-- Hospital episodes: 0 to 3 per person.
INSERT INTO release_record (dataset_code, record_id, person_id, match_rank)
SELECT 'HES_APC', 'APC-' || n || '-' || k, 'P' || lpad(n::text, 7, '0'), 1
FROM person p, LATERAL (SELECT substr(p.person_id, 2)::bigint AS n) x, generate_series(1, 3) AS k
WHERE k <= n % 4 AND p.founded_by_run IS NULL AND n <= 5000
ON CONFLICT DO NOTHING;

-- Deaths: one person in seven.
INSERT INTO release_record (dataset_code, record_id, person_id, match_rank)
SELECT 'ONS_MORTALITY', 'ONS-' || n, 'P' || lpad(n::text, 7, '0'), 1
FROM person p, LATERAL (SELECT substr(p.person_id, 2)::bigint AS n) x
WHERE n % 7 = 0 AND p.founded_by_run IS NULL AND n <= 5000
ON CONFLICT DO NOTHING;

-- Diagnostic imaging: two examinations for one person in three.
INSERT INTO release_record (dataset_code, record_id, person_id, match_rank)
SELECT 'DID', 'DID-' || n || '-' || k, 'P' || lpad(n::text, 7, '0'), 1
FROM person p, LATERAL (SELECT substr(p.person_id, 2)::bigint AS n) x, generate_series(1, 2) AS k
WHERE n % 3 = 0 AND p.founded_by_run IS NULL AND n <= 5000
ON CONFLICT DO NOTHING;
