package org.opendars.releases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * PROMS for hip and knee replacements: a questionnaire before the operation and one about six months after. A
 * record is the pair, in the month of the second questionnaire, so this year's records come from operations of
 * this year and the last.
 */
final class PatientReportedOutcomes implements Activity {

    static final String HIP = "Hip replacement";
    static final String KNEE = "Knee replacement";

    private final long seed;
    private final AdmittedPatientCare admissions;
    private final Lifetimes lifetimes;

    PatientReportedOutcomes(long seed, AdmittedPatientCare admissions, Lifetimes lifetimes) {
        this.seed = seed;
        this.admissions = admissions;
        this.lifetimes = lifetimes;
    }

    /** The PROMS procedure of an OPCS-4 operation, or null. */
    static String procedureOf(String operation) {
        if (operation.startsWith("W37") || operation.startsWith("W38") || operation.startsWith("W39")) {
            return HIP;
        }
        if (operation.startsWith("W40") || operation.startsWith("W41") || operation.startsWith("W42")) {
            return KNEE;
        }
        return null;
    }

    @Override
    public List<Draft> records(Person person, FinancialYear year) {
        Death death = lifetimes.deathBy(person, year);
        List<Draft> drafts = new ArrayList<>();
        List<FinancialYear> years = year.startYear() > 2000 ? List.of(year.previous(), year) : List.of(year);
        for (FinancialYear operationYear : years) {
            List<AdmittedPatientCare.Spell> spells = admissions.spells(person, operationYear);
            for (int i = 0; i < spells.size(); i++) {
                AdmittedPatientCare.Spell spell = spells.get(i);
                String procedure = procedureOf(spell.operation());
                if (procedure == null) {
                    continue;
                }
                // Keyed by the operation, so the same operation gives the same pair in either year's release.
                SplittableRandom random = Streams.of(seed, Streams.ACTIVITY, Dataset.PROMS.ordinal(),
                        person.number(), operationYear.startYear(), i);
                boolean answeredBefore = random.nextDouble() < 0.75;
                boolean answeredAfter = random.nextDouble() < 0.8;
                LocalDate before = spell.admitted().minusDays(1 + random.nextInt(42));
                LocalDate after = spell.admitted().plusDays(168 + random.nextInt(61));
                boolean hip = HIP.equals(procedure);
                String eq5dBefore = eq5d(0.42, 0.28, random);
                String eq5dAfter = eq5d(0.78, 0.22, random);
                String oxfordBefore = oxford(hip ? 18 : 19, 8, random);
                String oxfordAfter = oxford(hip ? 39 : 35, hip ? 8 : 9, random);
                if (!answeredBefore || !answeredAfter || !year.contains(after)
                        || (death != null && !after.isBefore(death.date()))) {
                    continue;
                }
                String[] content = {procedure, before.toString(), after.toString(), eq5dBefore, eq5dAfter,
                        oxfordBefore, oxfordAfter, spell.provider(), null};
                drafts.add(new Draft(after, after, content, true));
            }
        }
        return drafts;
    }

    /** An EQ-5D-3L index: 1 is full health, the worst state scores -0.594. */
    private static String eq5d(double mean, double sd, SplittableRandom random) {
        double value = Math.max(-0.594, Math.min(1.0, mean + sd * gaussian(random)));
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** An Oxford hip or knee score, 0 (worst) to 48. */
    private static String oxford(double mean, double sd, SplittableRandom random) {
        return Long.toString(Math.max(0, Math.min(48, Math.round(mean + sd * gaussian(random)))));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Override
    public void correct(String[] content, SplittableRandom random) {
        if (random.nextBoolean()) {
            content[4] = eq5d(0.78, 0.22, random);
        } else {
            content[6] = oxford(HIP.equals(content[0]) ? 39 : 35, 8, random);
        }
    }
}
