package org.opendars.releases;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A release of a data set for a synthetic population, person by person. Each person's year is drawn whole and
 * then cut to the release, so every release of the year agrees on every record it has.
 */
public final class ReleaseGenerator {

    private final Dataset dataset;
    private final Release release;
    private final int persons;
    private final long seed;
    private final IdentifierErrors errors;
    private final Revisions revisions;
    private final Population population;
    private final Activity activity;
    private final RecordIds recordIds;

    public ReleaseGenerator(Dataset dataset, Release release, int persons, long seed, IdentifierErrors errors,
            Revisions revisions) {
        if (persons < 1 || persons > Population.MAX_PERSONS) {
            throw new IllegalArgumentException("persons must be 1 to " + Population.MAX_PERSONS + ": " + persons);
        }
        this.dataset = dataset;
        this.release = release;
        this.persons = persons;
        this.seed = seed;
        this.errors = errors;
        this.revisions = revisions;
        this.population = new Population(seed);
        this.activity = Activity.of(dataset, seed);
        this.recordIds = new RecordIds(seed);
    }

    public Dataset dataset() {
        return dataset;
    }

    public Release release() {
        return release;
    }

    public void generate(Consumer<GeneratedRecord> sink) {
        for (int number = 1; number <= persons; number++) {
            generate(population.person(number), sink);
        }
    }

    /** One person's records in the release, exactly as {@link #generate(Consumer)} writes them. */
    public void generate(Person person, Consumer<GeneratedRecord> sink) {
        FinancialYear year = release.year();
        List<Draft> drafts = activity.records(person, year);
        if (drafts.isEmpty()) {
            return;
        }
        SplittableRandom random = Streams.of(seed, Streams.SUBMISSION, dataset.ordinal(), person.number(),
                year.startYear());
        List<String> contentColumns = dataset.contentColumns();
        for (int index = 0; index < drafts.size(); index++) {
            Draft draft = drafts.get(index);
            // Drawn before the release is looked at: every release sees the same fate and the same identifiers.
            Submission submission = Submission.draw(draft, year, dataset.cumulative(), revisions, random);
            RecordedIdentifiers identifiers = errors.record(person, draft.ageOn(), random);
            if (!submission.includedIn(release, dataset.cumulative())) {
                continue;
            }
            String[] content = submission.contentAt(release, draft.content(), activity);
            if (dataset.keyIndex() >= 0) {
                content[dataset.keyIndex()] = recordIds.key(dataset, year, person.number(), index);
            }
            if (dataset.ageIndex() >= 0) {
                content[dataset.ageIndex()] = age(identifiers.dateOfBirth(), draft.ageOn());
            }
            content[dataset.residenceIndex()] = identifiers.residence();
            String recordId = recordIds.recordId(dataset, year, person.number(), index);
            String[] row = new String[Dataset.IDENTITY_COLUMNS.size() + contentColumns.size()];
            row[0] = recordId;
            row[1] = identifiers.nhsNumber();
            row[2] = identifiers.dateOfBirth().toString();
            row[3] = identifiers.sex();
            row[4] = identifiers.postcode();
            System.arraycopy(content, 0, row, Dataset.IDENTITY_COLUMNS.size(), content.length);
            sink.accept(new GeneratedRecord(person.number(), recordId, draft.activityDate(), identifiers,
                    Collections.unmodifiableList(Arrays.asList(row))));
        }
    }

    /** Whole years, as the collection derives them from the date of birth the record carries. */
    private static String age(LocalDate dateOfBirth, LocalDate on) {
        return Integer.toString(Period.between(dateOfBirth, on).getYears());
    }
}
