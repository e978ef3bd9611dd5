package org.opendars.releases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** HES accident and emergency: attendances, in the month of arrival. */
final class AccidentAndEmergency implements Activity {

    private static final ForPerson<String> DIAGNOSES = ForPerson.<String>builder()
            .add("S52.5", 3).add("S93.4", 4).add("S61.9", 4).add("S06.0", 3).add("S09.9", 4)
            .add("R07.4", 6, 15, 120).add("R10.4", 7).add("J06.9", 5, 0, 14).add("R50.9", 4, 0, 14)
            .add("J18.9", 2, 50, 120).add("N39.0", 2).add("R55.X", 3, 15, 120).add("T78.4", 1)
            .add("F10.0", 2, 15, 120).add("R06.0", 3, 40, 120).add("S72.0", 1, 65, 120).add("J45.9", 2)
            .add("R51.X", 3, 12, 120).add("T14.9", 4)
            .build();

    private static final Weighted<String> CORRECTED_DIAGNOSES = Weighted.<String>builder()
            .add("S93.4", 4).add("S61.9", 4).add("S09.9", 4).add("R10.4", 7).add("T14.9", 4).add("N39.0", 2)
            .add("J45.9", 2).build();

    /** 01 major emergency department, 02 single specialty, 03 other type (minor injuries), 04 walk-in centre. */
    private static final Weighted<String> DEPARTMENTS = Weighted.<String>builder()
            .add("01", 72).add("02", 4).add("03", 20).add("04", 4).build();

    /**
     * Disposals other than admission (01): 02 GP follow-up, 03 no follow-up, 04 A&E clinic, 05 fracture clinic,
     * 06 other outpatient clinic, 07 transfer, 10 other professional, 11 left before treatment, 12 left refusing
     * treatment, 13 other, 14 not known. Died in the department (08) is never drawn: such a death would need its
     * registration.
     */
    private static final Weighted<String> DISCHARGES = Weighted.<String>builder()
            .add("02", 20).add("03", 38).add("04", 2).add("05", 4).add("06", 6).add("07", 1).add("10", 4)
            .add("11", 5).add("12", 1).add("13", 3).add("14", 1).build();

    private static final int MOST_ATTENDANCES = 20;

    private final long seed;
    private final Lifetimes lifetimes;

    AccidentAndEmergency(long seed, Lifetimes lifetimes) {
        this.seed = seed;
        this.lifetimes = lifetimes;
    }

    @Override
    public List<Draft> records(Person person, FinancialYear year) {
        Span span = Span.of(person, lifetimes.deathBy(person, year), year);
        if (span == null) {
            return List.of();
        }
        SplittableRandom random = Streams.of(seed, Streams.ACTIVITY, Dataset.HES_AE.ordinal(), person.number(),
                year.startYear());
        int age = person.ageOn(span.from());
        int count = Counts.poisson(attendancesPerYear(age), MOST_ATTENDANCES, random);
        LocalDate[] dates = Counts.sortedDaysBetween(span.from(), span.to(), count, random);
        List<Draft> drafts = new ArrayList<>(count);
        for (LocalDate date : dates) {
            String arrival = random.nextDouble() < Math.min(0.7, 0.12 + 0.005 * age) ? "1" : "2";
            String department = DEPARTMENTS.draw(random);
            String diagnosis = DIAGNOSES.draw(age, person.sex(), random);
            double admittedDraw = random.nextDouble();
            String discharge = DISCHARGES.draw(random);
            String disposal = admittedDraw < 0.12 + 0.004 * age ? "01" : discharge;
            String provider = random.nextDouble() < 0.95 ? person.place().localProvider()
                    : person.place().regionalProvider();
            String[] content = {null, date.toString(), arrival, department, diagnosis, disposal, provider, null, null};
            drafts.add(new Draft(date, date, content, true));
        }
        return drafts;
    }

    /** Most in early childhood, young adulthood and old age. */
    private static double attendancesPerYear(int age) {
        return age < 5 ? 0.55 : age < 15 ? 0.3 : age < 25 ? 0.45 : age < 65 ? 0.3 : age < 80 ? 0.38 : 0.75;
    }

    @Override
    public void correct(String[] content, SplittableRandom random) {
        if (random.nextDouble() < 0.6) {
            content[4] = CORRECTED_DIAGNOSES.drawOtherThan(content[4], random);
        } else {
            content[5] = DISCHARGES.drawOtherThan(content[5], random);
        }
    }
}
