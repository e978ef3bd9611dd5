package org.opendars.releases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** HES outpatients: appointments, attended or not, in the month of the appointment. */
final class Outpatients implements Activity {

    private static final ForPerson<String> SPECIALTIES = ForPerson.<String>builder()
            .add("100", 5, 16, 120).add("101", 3, 18, 120).add("110", 9).add("120", 4).add("130", 10)
            .add("300", 3, 16, 120).add("301", 3, 16, 120).add("320", 5, 18, 120).add("330", 4)
            .add("340", 3, 16, 120).add("370", 2, 18, 120).add("410", 2, 16, 120).add("420", 12, 0, 15)
            .add("430", 3, 70, 120).add("501", 10, 16, 45, "2").add("502", 4, 16, 120, "2").add("650", 6)
            .add("800", 2, 18, 120)
            .build();

    private static final ForPerson<String> DIAGNOSES = ForPerson.<String>builder()
            .add("M17.1", 3, 45, 120).add("H25.9", 3, 50, 120).add("I48.9", 2, 40, 120).add("L40.0", 2)
            .add("C50.9", 2, 30, 120, "2").add("E11.9", 3, 20, 120).add("J45.9", 2).add("K21.9", 2, 16, 120)
            .add("N40.X", 2, 50, 120, "1").add("R69.X", 5).add("M54.5", 3, 16, 120)
            .build();

    /** 5 attended, 3 did not attend, 2 cancelled by the patient. */
    private static final Weighted<String> ATTENDANCE = Weighted.<String>builder()
            .add("5", 86).add("3", 8).add("2", 6).build();

    private static final int MOST_APPOINTMENTS = 30;

    private final long seed;
    private final Lifetimes lifetimes;

    Outpatients(long seed, Lifetimes lifetimes) {
        this.seed = seed;
        this.lifetimes = lifetimes;
    }

    @Override
    public List<Draft> records(Person person, FinancialYear year) {
        Span span = Span.of(person, lifetimes.deathBy(person, year), year);
        if (span == null) {
            return List.of();
        }
        SplittableRandom random = Streams.of(seed, Streams.ACTIVITY, Dataset.HES_OP.ordinal(), person.number(),
                year.startYear());
        int age = person.ageOn(span.from());
        int count = Counts.poisson(appointmentsPerYear(age, person), MOST_APPOINTMENTS, random);
        LocalDate[] dates = Counts.sortedDaysBetween(span.from(), span.to(), count, random);
        List<Draft> drafts = new ArrayList<>(count);
        for (LocalDate date : dates) {
            String specialty = SPECIALTIES.draw(age, person.sex(), random);
            String attended = ATTENDANCE.draw(random);
            String first = random.nextDouble() < 0.3 ? "1" : "2";
            double diagnosisDraw = random.nextDouble();
            String diagnosis = DIAGNOSES.draw(age, person.sex(), random);
            // Outpatient diagnoses are mostly not coded.
            String coded = diagnosisDraw < 0.15 && diagnosis != null ? diagnosis : "";
            String provider = random.nextDouble() < 0.85 ? person.place().localProvider()
                    : person.place().regionalProvider();
            String[] content = {null, date.toString(), attended, first, specialty, coded, provider, null, null};
            drafts.add(new Draft(date, date, content, true));
        }
        return drafts;
    }

    private static double appointmentsPerYear(int age, Person person) {
        return age < 1 ? 1.5 : age < 16 ? 0.8 : age < 45 ? (person.female() ? 1.6 : 0.9) : age < 65 ? 2.0
                : age < 75 ? 3.2 : 3.8;
    }

    @Override
    public void correct(String[] content, SplittableRandom random) {
        if (random.nextDouble() < 0.7) {
            content[2] = ATTENDANCE.drawOtherThan(content[2], random);
        } else {
            content[3] = "1".equals(content[3]) ? "2" : "1";
        }
    }
}
