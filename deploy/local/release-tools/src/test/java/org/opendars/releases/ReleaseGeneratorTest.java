package org.opendars.releases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReleaseGeneratorTest {

    private static final int PERSONS = 20_000;
    private static final List<Dataset> CUMULATIVE = List.of(Dataset.HES_APC, Dataset.HES_OP, Dataset.HES_AE,
            Dataset.DID, Dataset.PROMS);
    private static final List<Dataset> HOSPITAL_ACTIVITY = List.of(Dataset.HES_APC, Dataset.HES_OP,
            Dataset.HES_AE, Dataset.DID);

    private final Population population = new Population(Releases.SEED);
    private final Lifetimes lifetimes = new Lifetimes(Releases.SEED);

    @Test
    void month_seven_holds_every_record_of_month_six_except_rare_deletions() {
        for (Dataset dataset : CUMULATIVE) {
            Set<String> six = Releases.byRecordId(Releases.of(dataset, Releases.month(6), PERSONS)).keySet();
            Set<String> seven = Releases.byRecordId(Releases.of(dataset, Releases.month(7), PERSONS)).keySet();
            Set<String> gone = new HashSet<>(six);
            gone.removeAll(seven);
            assertThat(six).as(dataset.name()).isNotEmpty();
            assertThat(seven.size()).as(dataset.name()).isGreaterThan(six.size());
            assertThat(gone.size()).as(dataset + " deletions").isLessThanOrEqualTo(Math.max(2, six.size() / 200));
        }
    }

    @Test
    void the_annual_refresh_holds_every_record_of_month_twelve_except_rare_deletions() {
        for (Dataset dataset : CUMULATIVE) {
            Set<String> twelve = Releases.byRecordId(Releases.of(dataset, Releases.month(12), PERSONS)).keySet();
            Set<String> refresh = Releases.byRecordId(Releases.of(dataset, Releases.annualRefresh(), PERSONS))
                    .keySet();
            Set<String> gone = new HashSet<>(twelve);
            gone.removeAll(refresh);
            assertThat(refresh.size()).as(dataset.name()).isGreaterThanOrEqualTo(twelve.size() - gone.size());
            assertThat(gone.size()).as(dataset + " deletions").isLessThanOrEqualTo(Math.max(2, twelve.size() / 200));
        }
    }

    @Test
    void a_monthly_release_holds_no_activity_after_the_end_of_its_month() {
        for (Dataset dataset : CUMULATIVE) {
            for (int month : new int[] {1, 6, 12}) {
                LocalDate end = Releases.YEAR.endOfMonth(month);
                List<GeneratedRecord> records = Releases.of(dataset, Releases.month(month), PERSONS);
                assertThat(records).as(dataset + " M" + month).isNotEmpty().allSatisfy(record -> {
                    LocalDate activity = LocalDate.parse(record.value(dataset, dataset.activityColumn()));
                    assertThat(activity).isEqualTo(record.activityDate())
                            .isBetween(Releases.YEAR.start(), end);
                });
            }
        }
    }

    @Test
    void later_months_bring_late_records_of_earlier_months() {
        Map<String, GeneratedRecord> six = Releases.byRecordId(Releases.of(Dataset.HES_OP, Releases.month(6),
                PERSONS));
        long late = Releases.of(Dataset.HES_OP, Releases.month(7), PERSONS).stream()
                .filter(r -> !six.containsKey(r.recordId()))
                .filter(r -> !r.activityDate().isAfter(Releases.YEAR.endOfMonth(6)))
                .count();
        // About 1% of records are late by one to three months: a few hundred of the first six months' records.
        assertThat(late).isBetween((long) (six.size() * 0.001), (long) (six.size() * 0.02));
    }

    @Test
    void later_releases_correct_content_but_keep_identifiers_record_ids_and_keys() {
        Map<String, GeneratedRecord> six = Releases.byRecordId(Releases.of(Dataset.HES_APC, Releases.month(6),
                PERSONS));
        Map<String, GeneratedRecord> refresh = Releases.byRecordId(Releases.of(Dataset.HES_APC,
                Releases.annualRefresh(), PERSONS));
        int identity = Dataset.IDENTITY_COLUMNS.size();
        int corrected = 0;
        for (GeneratedRecord before : six.values()) {
            GeneratedRecord after = refresh.get(before.recordId());
            if (after == null) {
                continue;
            }
            assertThat(after.row().subList(0, identity)).isEqualTo(before.row().subList(0, identity));
            assertThat(after.value(Dataset.HES_APC, "epikey")).isEqualTo(before.value(Dataset.HES_APC, "epikey"));
            assertThat(after.person()).isEqualTo(before.person());
            if (!after.row().equals(before.row())) {
                corrected++;
                List<String> changed = changedColumns(Dataset.HES_APC, before, after);
                assertThat(changed).isSubsetOf("diag_01", "diag_02");
            }
        }
        // Six later months at 0.5% and the refresh at 1%: roughly 4% of the records of the first six months.
        assertThat(corrected).isBetween(six.size() / 50, six.size() / 12);
    }

    @Test
    void death_registrations_hold_only_the_registrations_of_their_month() {
        Set<String> months = new HashSet<>();
        for (int month = 1; month <= 12; month++) {
            List<GeneratedRecord> records = Releases.of(Dataset.ONS_MORTALITY, Releases.month(month), PERSONS);
            LocalDate from = Releases.YEAR.endOfMonth(month - 1).plusDays(month == 1 ? 0 : 1);
            LocalDate first = month == 1 ? Releases.YEAR.start() : from;
            for (GeneratedRecord record : records) {
                LocalDate registered = LocalDate.parse(record.value(Dataset.ONS_MORTALITY, "date_of_registration"));
                assertThat(registered).isBetween(first, Releases.YEAR.endOfMonth(month));
                LocalDate died = LocalDate.parse(record.value(Dataset.ONS_MORTALITY, "dod"));
                assertThat(registered).isBetween(died.plusDays(1), died.plusDays(10));
                assertThat(months.add(record.recordId())).as("in one month only").isTrue();
            }
        }
        Set<String> refresh = Releases.byRecordId(Releases.of(Dataset.ONS_MORTALITY, Releases.annualRefresh(),
                PERSONS)).keySet();
        assertThat(refresh).isEqualTo(months);
        assertThat(months.size()).isBetween(PERSONS / 200, PERSONS / 60);
    }

    @Test
    void about_one_percent_of_the_population_dies_in_a_year_and_the_old_more() {
        int deaths = 0;
        int old = 0;
        int oldDeaths = 0;
        int young = 0;
        int youngDeaths = 0;
        for (int number = 1; number <= 50_000; number++) {
            Person person = population.person(number);
            Death death = lifetimes.deathBy(person, Releases.YEAR);
            boolean died = death != null;
            deaths += died ? 1 : 0;
            int age = person.ageOn(Releases.YEAR.start());
            if (age >= 80) {
                old++;
                oldDeaths += died ? 1 : 0;
            } else if (age < 50) {
                young++;
                youngDeaths += died ? 1 : 0;
            }
        }
        assertThat(deaths / 50_000.0).isBetween(0.006, 0.014);
        assertThat((double) oldDeaths / old).isGreaterThan(10.0 * youngDeaths / young);
    }

    @Test
    void nobody_has_hospital_activity_after_their_death() {
        int deadWithActivity = 0;
        for (Dataset dataset : HOSPITAL_ACTIVITY) {
            for (GeneratedRecord record : Releases.of(dataset, Releases.annualRefresh(), PERSONS)) {
                Death death = lifetimes.deathBy(population.person(record.person()), Releases.YEAR);
                if (death == null) {
                    continue;
                }
                deadWithActivity++;
                for (int i = Dataset.IDENTITY_COLUMNS.size(); i < dataset.header().size(); i++) {
                    String value = record.row().get(i);
                    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        assertThat(LocalDate.parse(value)).as(dataset + " " + dataset.header().get(i))
                                .isBeforeOrEqualTo(death.date());
                    }
                }
            }
        }
        assertThat(deadWithActivity).isPositive();
    }

    @Test
    void every_death_in_hospital_has_an_episode_ending_in_death_on_that_day() {
        Map<Integer, GeneratedRecord> deathEpisodes = new HashMap<>();
        for (GeneratedRecord episode : Releases.of(Dataset.HES_APC, Releases.annualRefresh(), PERSONS)) {
            if ("4".equals(episode.value(Dataset.HES_APC, "dismeth"))) {
                assertThat(deathEpisodes.put(episode.person(), episode)).as("one death each").isNull();
            }
        }
        int inHospital = 0;
        for (int number = 1; number <= PERSONS; number++) {
            Death death = lifetimes.deathBy(population.person(number), Releases.YEAR);
            boolean diedInHospitalThisYear = death != null && Releases.YEAR.contains(death.date())
                    && death.inHospital();
            GeneratedRecord episode = deathEpisodes.get(number);
            if (diedInHospitalThisYear) {
                inHospital++;
                assertThat(episode).as("death episode of person " + number).isNotNull();
                assertThat(episode.value(Dataset.HES_APC, "disdate")).isEqualTo(death.date().toString());
                assertThat(episode.value(Dataset.HES_APC, "epiend")).isEqualTo(death.date().toString());
            } else {
                assertThat(episode).as("person " + number + " did not die in hospital").isNull();
            }
        }
        assertThat(inHospital).isPositive();
    }

    @Test
    void a_death_registered_as_in_hospital_matches_its_episode() {
        Map<Integer, String> deathEpisodeDates = Releases.of(Dataset.HES_APC, Releases.annualRefresh(), PERSONS)
                .stream().filter(e -> "4".equals(e.value(Dataset.HES_APC, "dismeth")))
                .collect(Collectors.toMap(GeneratedRecord::person, e -> e.value(Dataset.HES_APC, "disdate")));
        int checked = 0;
        for (GeneratedRecord death : Releases.of(Dataset.ONS_MORTALITY, Releases.annualRefresh(), PERSONS)) {
            LocalDate died = LocalDate.parse(death.value(Dataset.ONS_MORTALITY, "dod"));
            if (Releases.YEAR.contains(died)
                    && Death.HOSPITAL.equals(death.value(Dataset.ONS_MORTALITY, "place_of_death"))) {
                assertThat(deathEpisodeDates.get(death.person())).isEqualTo(died.toString());
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void a_person_has_the_same_true_identifiers_in_every_data_set() {
        Map<Integer, List<String>> truth = new HashMap<>();
        Map<Integer, Set<Dataset>> seenIn = new HashMap<>();
        for (Dataset dataset : Dataset.values()) {
            for (GeneratedRecord record : Releases.of(dataset, Releases.annualRefresh(), PERSONS)) {
                if (!record.identifiers().errors().isEmpty()) {
                    continue;
                }
                List<String> identifiers = record.row().subList(1, Dataset.IDENTITY_COLUMNS.size());
                List<String> earlier = truth.putIfAbsent(record.person(), identifiers);
                if (earlier != null) {
                    assertThat(identifiers).as("person " + record.person() + " in " + dataset).isEqualTo(earlier);
                }
                Person person = population.person(record.person());
                assertThat(identifiers).containsExactly(person.nhsNumber(), person.dateOfBirth().toString(),
                        person.sex(), person.postcode());
                seenIn.computeIfAbsent(record.person(), p -> new HashSet<>()).add(dataset);
            }
        }
        assertThat(seenIn.values().stream().filter(s -> s.size() >= 3).count()).isGreaterThan(1000);
    }

    @Test
    void a_person_is_drawn_alike_whatever_the_size_of_the_population() {
        List<GeneratedRecord> small = Releases.of(Dataset.HES_AE, Releases.annualRefresh(), 1_000);
        List<GeneratedRecord> large = Releases.of(Dataset.HES_AE, Releases.annualRefresh(), 3_000).stream()
                .filter(r -> r.person() <= 1_000).toList();
        assertThat(large).isEqualTo(small);
        List<GeneratedRecord> alone = new java.util.ArrayList<>();
        new ReleaseGenerator(Dataset.HES_AE, Releases.annualRefresh(), 1, Releases.SEED, IdentifierErrors.DEFAULTS,
                Revisions.DEFAULTS).generate(population.person(777), alone::add);
        assertThat(alone).isEqualTo(small.stream().filter(r -> r.person() == 777).toList());
    }

    @Test
    void proms_records_follow_a_hip_or_knee_replacement_of_the_same_person() {
        AdmittedPatientCare admissions = new AdmittedPatientCare(Releases.SEED, lifetimes);
        List<GeneratedRecord> proms = Releases.of(Dataset.PROMS, Releases.annualRefresh(), PERSONS);
        assertThat(proms).hasSizeGreaterThan(10);
        for (GeneratedRecord record : proms) {
            Person person = population.person(record.person());
            LocalDate before = LocalDate.parse(record.value(Dataset.PROMS, "pre_op_date"));
            LocalDate after = LocalDate.parse(record.value(Dataset.PROMS, "post_op_date"));
            String procedure = record.value(Dataset.PROMS, "procedure");
            boolean operated = java.util.stream.Stream.of(Releases.YEAR.previous(), Releases.YEAR)
                    .flatMap(year -> admissions.spells(person, year).stream())
                    .anyMatch(spell -> procedure.equals(PatientReportedOutcomes.procedureOf(spell.operation()))
                            && spell.admitted().isAfter(before) && spell.admitted().isBefore(after));
            assertThat(operated).as(record.recordId()).isTrue();
        }
    }

    @Test
    void rows_have_the_data_set_columns_and_well_formed_values() {
        Pattern postcode = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][ABD-HJLNP-UW-Z]{2}");
        Pattern residence = Pattern.compile("E0[6-9]\\d{6}");
        for (Dataset dataset : Dataset.values()) {
            List<GeneratedRecord> records = Releases.of(dataset, Releases.annualRefresh(), 5_000);
            Set<String> recordIds = new HashSet<>();
            for (GeneratedRecord record : records) {
                assertThat(record.row()).hasSize(dataset.header().size()).doesNotContainNull();
                assertThat(recordIds.add(record.recordId())).isTrue();
                assertThat(record.recordId()).matches(dataset == Dataset.ONS_MORTALITY ? "ONS-\\d{9}"
                        : "[A-Z]+-2425-\\d{9}");
                assertThat(record.value(dataset, "sex")).isIn("1", "2", "9", "");
                assertThat(LocalDate.parse(record.value(dataset, "date_of_birth"))).isBefore(Population.CENSUS);
                String code = record.value(dataset, "postcode");
                assertThat(code.isEmpty() || postcode.matcher(code).matches()).as(code).isTrue();
                String authority = record.value(dataset, "resladst_ons");
                assertThat(authority.isEmpty() || residence.matcher(authority).matches()).as(authority).isTrue();
                assertThat(authority.isEmpty()).isEqualTo(code.isEmpty());
            }
        }
    }

    @Test
    void admitted_patient_care_episodes_make_whole_spells() {
        List<GeneratedRecord> episodes = Releases.of(Dataset.HES_APC, Releases.annualRefresh(), 5_000);
        Set<String> keys = new HashSet<>();
        for (GeneratedRecord episode : episodes) {
            assertThat(keys.add(episode.value(Dataset.HES_APC, "epikey"))).isTrue();
            assertThat(episode.value(Dataset.HES_APC, "epikey")).matches("[1-9]\\d{11}");
            LocalDate admitted = LocalDate.parse(episode.value(Dataset.HES_APC, "admidate"));
            LocalDate start = LocalDate.parse(episode.value(Dataset.HES_APC, "epistart"));
            LocalDate end = LocalDate.parse(episode.value(Dataset.HES_APC, "epiend"));
            assertThat(start).isAfterOrEqualTo(admitted).isBeforeOrEqualTo(end);
            assertThat(episode.value(Dataset.HES_APC, "admimeth"))
                    .isIn("11", "12", "13", "21", "22", "23", "24", "28", "31", "81");
            String discharged = episode.value(Dataset.HES_APC, "disdate");
            if (discharged.isEmpty()) {
                assertThat(episode.value(Dataset.HES_APC, "dismeth")).isEqualTo("8");
            } else {
                assertThat(discharged).isEqualTo(end.toString());
                assertThat(Long.parseLong(episode.value(Dataset.HES_APC, "speldur")))
                        .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(admitted, end));
            }
            assertThat(episode.value(Dataset.HES_APC, "diag_01")).matches("[A-Z]\\d{2}\\.[0-9X]");
            assertThat(episode.value(Dataset.HES_APC, "opertn_01")).matches("([A-Z]\\d{2}\\.\\d)?");
        }
    }

    private static List<String> changedColumns(Dataset dataset, GeneratedRecord before, GeneratedRecord after) {
        return java.util.stream.IntStream.range(0, dataset.header().size())
                .filter(i -> !before.row().get(i).equals(after.row().get(i)))
                .mapToObj(i -> dataset.header().get(i)).toList();
    }
}
