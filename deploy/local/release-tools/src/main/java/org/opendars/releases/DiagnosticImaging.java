package org.opendars.releases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The Diagnostic Imaging Dataset: tests, in the month of the examination. The examination codes follow the
 * pattern of NICIP short codes (modality letter, then the body site) without being taken from the NICIP list.
 */
final class DiagnosticImaging implements Activity {

    private record Exam(String code, String bodySite) {
    }

    private static final ForPerson<String> MODALITIES = ForPerson.<String>builder()
            .add("Plain radiography", 50).add("Ultrasound", 22).add("CT", 15, 16, 120).add("CT", 4, 0, 15)
            .add("MRI", 9).add("Fluoroscopy", 1.5, 16, 120).add("Nuclear medicine", 1, 16, 120)
            .add("Mammography", 6, 47, 120, "2")
            .build();

    private static final Map<String, ForPerson<Exam>> EXAMS = Map.of(
            "Plain radiography", ForPerson.<Exam>builder()
                    .add(new Exam("XCHES", "Chest"), 40).add(new Exam("XKNEL", "Knee"), 8)
                    .add(new Exam("XHIPL", "Hip"), 7, 16, 120).add(new Exam("XLSPI", "Lumbar spine"), 5, 16, 120)
                    .add(new Exam("XABDO", "Abdomen"), 4).add(new Exam("XWRIL", "Wrist"), 6)
                    .add(new Exam("XANKL", "Ankle"), 6).add(new Exam("XFOOL", "Foot"), 5)
                    .add(new Exam("XSHOL", "Shoulder"), 5).add(new Exam("XHANL", "Hand"), 5).build(),
            "Ultrasound", ForPerson.<Exam>builder()
                    .add(new Exam("USABD", "Abdomen"), 35).add(new Exam("USPEL", "Pelvis"), 15, 12, 120, "2")
                    .add(new Exam("USOBS", "Pregnant uterus"), 30, 16, 45, "2")
                    .add(new Exam("UTHYR", "Neck"), 6).add(new Exam("USREN", "Kidneys"), 8)
                    .add(new Exam("USVEI", "Leg veins"), 8, 18, 120).build(),
            "CT", ForPerson.<Exam>builder()
                    .add(new Exam("CHEAD", "Head"), 35).add(new Exam("CTHOR", "Chest"), 18)
                    .add(new Exam("CABPE", "Abdomen and pelvis"), 25).add(new Exam("CCOLO", "Colon"), 5, 40, 120)
                    .add(new Exam("CTPUL", "Pulmonary arteries"), 8, 16, 120)
                    .add(new Exam("CLSPI", "Lumbar spine"), 5, 16, 120).build(),
            "MRI", ForPerson.<Exam>builder()
                    .add(new Exam("MBRAI", "Brain"), 25).add(new Exam("MLSPI", "Lumbar spine"), 20, 12, 120)
                    .add(new Exam("MKNEL", "Knee"), 15).add(new Exam("MPROS", "Prostate"), 8, 40, 120, "1")
                    .add(new Exam("MCSPI", "Cervical spine"), 10, 16, 120)
                    .add(new Exam("MSHOL", "Shoulder"), 7, 16, 120)
                    .add(new Exam("MBREA", "Breast"), 3, 25, 120, "2").build(),
            "Fluoroscopy", ForPerson.<Exam>builder()
                    .add(new Exam("FBASW", "Oesophagus"), 60).add(new Exam("FHSGR", "Uterus"), 40, 18, 50, "2")
                    .build(),
            "Nuclear medicine", ForPerson.<Exam>builder()
                    .add(new Exam("NBONE", "Whole body"), 50).add(new Exam("NMYOP", "Heart"), 50, 30, 120).build(),
            "Mammography", ForPerson.<Exam>builder()
                    .add(new Exam("XMAMB", "Breast"), 100).build());

    private static final Exam CHEST_RADIOGRAPH = new Exam("XCHES", "Chest");

    /** Who asked for the test. */
    private static final Weighted<String> REFERRERS = Weighted.<String>builder()
            .add("GP", 38).add("Outpatient", 30).add("Inpatient", 17).add("A&E", 15).build();

    private static final int MOST_TESTS = 20;

    private final long seed;
    private final Lifetimes lifetimes;

    DiagnosticImaging(long seed, Lifetimes lifetimes) {
        this.seed = seed;
        this.lifetimes = lifetimes;
    }

    @Override
    public List<Draft> records(Person person, FinancialYear year) {
        Span span = Span.of(person, lifetimes.deathBy(person, year), year);
        if (span == null) {
            return List.of();
        }
        SplittableRandom random = Streams.of(seed, Streams.ACTIVITY, Dataset.DID.ordinal(), person.number(),
                year.startYear());
        int age = person.ageOn(span.from());
        int count = Counts.poisson(testsPerYear(age, person), MOST_TESTS, random);
        LocalDate[] dates = Counts.sortedDaysBetween(span.from(), span.to(), count, random);
        List<Draft> drafts = new ArrayList<>(count);
        for (LocalDate date : dates) {
            String modality = MODALITIES.draw(age, person.sex(), random);
            Exam exam = EXAMS.get(modality).draw(age, person.sex(), random);
            if (exam == null) {
                modality = "Plain radiography";
                exam = CHEST_RADIOGRAPH;
            }
            String referrer = REFERRERS.draw(random);
            String provider = random.nextDouble() < 0.85 ? person.place().localProvider()
                    : person.place().regionalProvider();
            String[] content = {date.toString(), modality, exam.bodySite(), exam.code(), referrer, provider, null,
                    null};
            drafts.add(new Draft(date, date, content, true));
        }
        return drafts;
    }

    private static double testsPerYear(int age, Person person) {
        return age < 15 ? 0.2 : age < 45 ? (person.female() ? 0.7 : 0.5) : age < 65 ? 0.9 : age < 80 ? 1.5 : 1.8;
    }

    @Override
    public void correct(String[] content, SplittableRandom random) {
        content[4] = REFERRERS.drawOtherThan(content[4], random);
    }
}
