package org.opendars.releases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * HES admitted patient care: spells from admission to discharge, each of one or more consultant episodes. An
 * episode belongs to the month it ends in; a spell ends by the end of the year and before the next one starts.
 * A person who dies in hospital has an emergency spell whose last episode ends with their death.
 */
final class AdmittedPatientCare implements Activity {

    /** Why a spell happens: its primary diagnosis and main operation, how often it is a day case, how long not. */
    record Reason(String diagnosis, String operation, double sameDay, double meanStay) {
    }

    record Episode(LocalDate start, LocalDate end, String diagnosis, String secondary, String operation) {
    }

    record Spell(LocalDate admitted, LocalDate discharged, String method, String provider, String dischargeMethod,
            List<Episode> episodes) {

        boolean died() {
            return DIED.equals(dischargeMethod);
        }

        /** The spell's main operation (on its first episode), or an empty string. */
        String operation() {
            return episodes.get(0).operation();
        }
    }

    static final String DIED = "4";

    private static final ForPerson<Reason> ELECTIVE = ForPerson.<Reason>builder()
            .add(new Reason("M16.1", "W37.1", 0, 3), 0.45, 50, 120)
            .add(new Reason("M16.1", "W38.1", 0, 3), 0.4, 45, 120)
            .add(new Reason("M16.9", "W39.1", 0, 3), 0.15, 50, 120)
            .add(new Reason("M17.1", "W40.1", 0, 3), 0.75, 50, 120)
            .add(new Reason("M17.1", "W41.1", 0, 3), 0.15, 50, 120)
            .add(new Reason("M17.9", "W42.1", 0, 3), 0.07, 50, 120)
            .add(new Reason("H25.9", "C71.2", 0.97, 1), 8, 50, 120)
            .add(new Reason("Z51.1", "X72.9", 0.95, 1), 8, 18, 120)
            .add(new Reason("K80.2", "J18.3", 0.6, 1.5), 3, 18, 120)
            .add(new Reason("K40.9", "T20.2", 0.7, 1), 3, 1, 120)
            .add(new Reason("K29.7", "G45.1", 0.98, 1), 7, 18, 120)
            .add(new Reason("K57.3", "H22.9", 0.98, 1), 6, 30, 120)
            .add(new Reason("N40.X", "M65.3", 0.1, 2), 2, 50, 120, "1")
            .add(new Reason("C50.9", "B28.9", 0.4, 1.5), 1.5, 30, 120, "2")
            .add(new Reason("D25.9", "Q07.4", 0, 3), 1, 30, 60, "2")
            .add(new Reason("M23.2", "W82.9", 0.9, 1), 2, 16, 70)
            .add(new Reason("I83.9", "L85.1", 0.9, 1), 1, 25, 80)
            .add(new Reason("J35.0", "F34.9", 0.5, 1), 1.5, 2, 30)
            .add(new Reason("H65.3", "D15.1", 0.95, 1), 1.5, 1, 10)
            .add(new Reason("R10.4", "", 0.9, 1), 3)
            .build();

    private static final ForPerson<Reason> EMERGENCY = ForPerson.<Reason>builder()
            .add(new Reason("R07.4", "", 0.4, 1), 8, 15, 120)
            .add(new Reason("R10.4", "", 0.35, 2), 8)
            .add(new Reason("J18.9", "", 0.05, 6), 6)
            .add(new Reason("N39.0", "", 0.2, 4), 5)
            .add(new Reason("I21.9", "K75.1", 0, 4), 1.5, 40, 120)
            .add(new Reason("I21.9", "", 0, 5), 1.5, 40, 120)
            .add(new Reason("I50.9", "", 0.05, 8), 3, 50, 120)
            .add(new Reason("J44.1", "", 0.1, 5), 4, 40, 120)
            .add(new Reason("I48.9", "", 0.3, 3), 2, 30, 120)
            .add(new Reason("I63.9", "", 0, 12), 2, 40, 120)
            .add(new Reason("S72.0", "W46.1", 0, 14), 1.5, 60, 120)
            .add(new Reason("K35.8", "H01.9", 0, 3), 2, 5, 70)
            .add(new Reason("A09.9", "", 0.3, 2), 4)
            .add(new Reason("L03.1", "", 0.2, 4), 3)
            .add(new Reason("R55.X", "", 0.4, 2), 3, 15, 120)
            .add(new Reason("F10.3", "", 0.3, 3), 1, 18, 120)
            .add(new Reason("K92.1", "", 0.1, 4), 1, 30, 120)
            .add(new Reason("J45.9", "", 0.4, 2), 2)
            .add(new Reason("G40.9", "", 0.4, 2), 1.5)
            .add(new Reason("S06.0", "", 0.5, 1), 2)
            .add(new Reason("T39.1", "", 0.4, 1), 1, 12, 120)
            .add(new Reason("J06.9", "", 0.5, 1), 4, 0, 14)
            .add(new Reason("B34.9", "", 0.5, 1), 3, 0, 14)
            .add(new Reason("J21.9", "", 0.2, 3), 3, 0, 1)
            .add(new Reason("P59.9", "", 0.3, 2), 3, 0, 0)
            .build();

    private static final ForPerson<Reason> MATERNITY = ForPerson.<Reason>builder()
            .add(new Reason("O80.9", "R24.9", 0.2, 1), 5, 15, 50, "2")
            .add(new Reason("O82.9", "R17.9", 0, 2), 1.5, 15, 50, "2")
            .add(new Reason("O82.9", "R18.9", 0, 3), 1.5, 15, 50, "2")
            .add(new Reason("O70.1", "R24.9", 0.1, 2), 1, 15, 50, "2")
            .add(new Reason("O47.9", "", 0.7, 1), 2, 15, 50, "2")
            .add(new Reason("O21.0", "", 0.5, 1), 1, 15, 50, "2")
            .build();

    private static final ForPerson<String> COMORBIDITIES = ForPerson.<String>builder()
            .add("I10.X", 8, 30, 120).add("E11.9", 5, 30, 120).add("I48.9", 2, 50, 120).add("N18.3", 2, 50, 120)
            .add("J44.9", 2, 40, 120).add("F03.X", 1.5, 75, 120).add("E78.0", 2, 40, 120).add("J45.9", 2)
            .add("F32.9", 2, 15, 120).add("Z86.7", 1, 50, 120).add("E03.9", 1, 30, 120)
            .build();

    /** What a corrected diagnosis becomes: a common one, whoever the patient. */
    private static final Weighted<String> CORRECTED_DIAGNOSES = Weighted.<String>builder()
            .add("R10.4", 8).add("J18.9", 6).add("N39.0", 5).add("A09.9", 4).add("L03.1", 3).add("J45.9", 2)
            .add("R69.X", 2).add("G40.9", 1.5).add("S06.0", 2).build();

    private static final Weighted<String> ELECTIVE_METHODS = Weighted.<String>builder()
            .add("11", 60).add("12", 30).add("13", 10).build();
    private static final Weighted<String> EMERGENCY_METHODS = Weighted.<String>builder()
            .add("21", 70).add("22", 12).add("23", 3).add("24", 8).add("28", 7).build();

    private static final int MOST_SPELLS = 6;

    private enum Kind { ELECTIVE, EMERGENCY, MATERNITY, TRANSFER }

    private final long seed;
    private final Lifetimes lifetimes;

    AdmittedPatientCare(long seed, Lifetimes lifetimes) {
        this.seed = seed;
        this.lifetimes = lifetimes;
    }

    /** The person's spells discharged in the year, in order of admission. */
    List<Spell> spells(Person person, FinancialYear year) {
        Death death = lifetimes.deathBy(person, year);
        if (death != null && death.date().isBefore(year.start())) {
            return List.of();
        }
        Span span = Span.of(person, death, year);
        boolean diesInHospital = death != null && death.inHospital();
        if (span == null && !diesInHospital) {
            return List.of();
        }
        SplittableRandom random = Streams.of(seed, Streams.ACTIVITY, Dataset.HES_APC.ordinal(), person.number(),
                year.startYear());
        int age = person.ageOn(Counts.later(year.start(), person.dateOfBirth()));

        Spell deathSpell = null;
        LocalDate lastDischarge = span == null ? null : span.to();
        if (diesInHospital) {
            LocalDate firstDay = Counts.later(year.start(), person.dateOfBirth());
            LocalDate admitted = Counts.later(firstDay, death.date().minusDays(
                    1 + Counts.geometric(5 + age / 20.0, random)));
            Reason reason = new Reason(death.cause(), "", 0, 0);
            deathSpell = spell(person, age, reason, EMERGENCY_METHODS.draw(random), admitted, death.date(), DIED,
                    random);
            lastDischarge = span == null ? null : Counts.earlier(span.to(), admitted);
        }

        int count = Counts.poisson(spellsPerYear(age, person), MOST_SPELLS, random);
        List<Spell> spells = new ArrayList<>(count + 1);
        if (lastDischarge != null && !lastDischarge.isBefore(span.from())) {
            LocalDate[] admissions = new LocalDate[count];
            for (int i = 0; i < count; i++) {
                admissions[i] = Counts.dayBetween(span.from(), lastDischarge, random);
            }
            Arrays.sort(admissions);
            for (int i = 0; i < count; i++) {
                LocalDate latest = i + 1 < count ? admissions[i + 1] : lastDischarge;
                spells.add(drawSpell(person, age, admissions[i], latest, random));
            }
        }
        if (deathSpell != null) {
            spells.add(deathSpell);
        }
        return spells;
    }

    private Spell drawSpell(Person person, int age, LocalDate admitted, LocalDate latestDischarge,
            SplittableRandom random) {
        double maternityDraw = random.nextDouble();
        double kindDraw = random.nextDouble();
        Kind kind;
        if (person.female() && age >= 16 && age <= 45 && maternityDraw < 0.35) {
            kind = Kind.MATERNITY;
        } else if (kindDraw < 0.02) {
            kind = Kind.TRANSFER;
        } else if (kindDraw < 0.02 + (age < 16 ? 0.35 : 0.55)) {
            kind = Kind.ELECTIVE;
        } else {
            kind = Kind.EMERGENCY;
        }
        Reason reason = switch (kind) {
            case ELECTIVE -> ELECTIVE.draw(age, person.sex(), random);
            case MATERNITY -> MATERNITY.draw(age, person.sex(), random);
            case EMERGENCY, TRANSFER -> EMERGENCY.draw(age, person.sex(), random);
        };
        String method = switch (kind) {
            case ELECTIVE -> ELECTIVE_METHODS.draw(random);
            case MATERNITY -> "31";
            case EMERGENCY -> EMERGENCY_METHODS.draw(random);
            case TRANSFER -> "81";
        };
        double sameDayDraw = random.nextDouble();
        int stay = sameDayDraw < reason.sameDay() ? 0
                : 1 + Counts.geometric(reason.meanStay() - 1 + (kind == Kind.EMERGENCY ? age / 40.0 : 0), random);
        LocalDate discharged = Counts.earlier(admitted.plusDays(stay), latestDischarge);
        String dischargeMethod = random.nextDouble() < 0.01 ? "2" : "1";
        return spell(person, age, reason, method, admitted, discharged, dischargeMethod, random);
    }

    private static Spell spell(Person person, int age, Reason reason, String method, LocalDate admitted,
            LocalDate discharged, String dischargeMethod, SplittableRandom random) {
        String provider = random.nextDouble() < 0.85 ? person.place().localProvider()
                : person.place().regionalProvider();
        int stay = (int) ChronoUnit.DAYS.between(admitted, discharged);
        double episodesDraw = random.nextDouble();
        int episodes = stay == 0 ? 1 : episodesDraw < 0.82 ? 1 : episodesDraw < 0.94 ? 2 : episodesDraw < 0.98 ? 3 : 4;
        int[] cuts = new int[episodes + 1];
        for (int i = 1; i < episodes; i++) {
            cuts[i] = random.nextInt(stay + 1);
        }
        cuts[episodes] = stay;
        Arrays.sort(cuts, 1, episodes);
        List<Episode> list = new ArrayList<>(episodes);
        for (int i = 0; i < episodes; i++) {
            String diagnosis = i == 0 || random.nextDouble() < 0.6 ? reason.diagnosis()
                    : CORRECTED_DIAGNOSES.draw(random);
            String secondary = "";
            if (random.nextDouble() < Math.min(0.75, 0.1 + age / 110.0)) {
                String comorbidity = COMORBIDITIES.draw(age, person.sex(), random);
                secondary = comorbidity == null || comorbidity.equals(diagnosis) ? "" : comorbidity;
            }
            list.add(new Episode(admitted.plusDays(cuts[i]), admitted.plusDays(cuts[i + 1]), diagnosis, secondary,
                    i == 0 ? reason.operation() : ""));
        }
        return new Spell(admitted, discharged, method, provider, dischargeMethod, List.copyOf(list));
    }

    /** Spells a year: most in infancy and old age, and for women of child-bearing age. */
    private static double spellsPerYear(int age, Person person) {
        double base = age < 1 ? 0.35 : age < 15 ? 0.07 : age < 45 ? 0.12 : age < 65 ? 0.22 : age < 75 ? 0.42
                : age < 85 ? 0.65 : 0.9;
        return base + (person.female() && age >= 16 && age <= 45 ? 0.05 : 0);
    }

    @Override
    public List<Draft> records(Person person, FinancialYear year) {
        List<Spell> spells = spells(person, year);
        if (spells.isEmpty()) {
            return List.of();
        }
        List<Draft> drafts = new ArrayList<>();
        for (Spell spell : spells) {
            int episodes = spell.episodes().size();
            for (int i = 0; i < episodes; i++) {
                Episode episode = spell.episodes().get(i);
                boolean last = i == episodes - 1;
                String[] content = {
                        null,
                        spell.admitted().toString(),
                        episode.start().toString(),
                        episode.end().toString(),
                        last ? spell.discharged().toString() : "",
                        spell.method(),
                        // 8: the spell goes on after this episode
                        last ? spell.dischargeMethod() : "8",
                        episode.diagnosis(),
                        episode.secondary(),
                        episode.operation(),
                        spell.provider(),
                        Integer.toString(i + 1),
                        last ? Long.toString(ChronoUnit.DAYS.between(spell.admitted(), spell.discharged())) : "",
                        null,
                        null};
                drafts.add(new Draft(episode.end(), episode.start(), content, !spell.died()));
            }
        }
        return drafts;
    }

    @Override
    public void correct(String[] content, SplittableRandom random) {
        int column = random.nextDouble() < 0.7 ? 7 : 8;
        content[column] = CORRECTED_DIAGNOSES.drawOtherThan(content[column], random);
    }
}
