package org.opendars.linkage.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendars.linkage.engine.PersonRecord;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.deterministic.DeterministicLinker;
import org.opendars.linkage.engine.deterministic.DeterministicMatch;
import org.opendars.linkage.engine.deterministic.PersonIndex;
import org.opendars.linkage.engine.deterministic.PostcodeIgnoreList;
import org.opendars.linkage.engine.synthetic.CorruptionRates;
import org.opendars.linkage.engine.synthetic.NameTables;
import org.opendars.linkage.engine.synthetic.SyntheticData;

/** A names-only cohort: no NHS numbers, so the deterministic ranks leave most records to the probabilistic stage. */
class ProbabilisticStageTest {

    private static final int PERSONS = 3000;

    @TempDir
    static Path folder;

    static List<PersonRecord> index;
    static List<PersonRecord> cohort;
    static Map<String, String> truth = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        SyntheticData.Written files = SyntheticData.write(folder, PERSONS, 7, NameTables.from(null),
                CorruptionRates.realistic());
        index = read(files.persons(), true);
        cohort = read(files.records(), false);
    }

    private static List<PersonRecord> read(Path file, boolean withNhsNumber) throws IOException {
        List<PersonRecord> records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                String id = row.get("record_id");
                truth.put(id, row.get("person_id"));
                records.add(new PersonRecord(id, withNhsNumber ? row.get("nhs_number") : null,
                        row.get("date_of_birth"), row.get("sex"), row.get("postcode"), row.get("given_name"),
                        row.get("family_name"), row.get("address")));
            }
        }
        return records;
    }

    private final DeterministicLinker linker = DeterministicLinker.hesDefault(PostcodeIgnoreList.empty());

    @Test
    void linksWhatTheRanksLeaveAtRankPWithAProbability() {
        List<DeterministicMatch> ranks = linker.link(cohort, PersonIndex.of(index));
        ProbabilisticStage.Outcome outcome = new ProbabilisticStage().complete(cohort, ranks, index, null,
                Progress.SILENT);

        assertThat(outcome.ran()).isTrue();
        long deterministic = ranks.stream().filter(DeterministicMatch::matched).count();
        long correct = 0;
        long linked = 0;
        long atRankP = 0;
        for (int i = 0; i < cohort.size(); i++) {
            DeterministicMatch match = outcome.matches().get(i);
            if (!match.matched()) {
                continue;
            }
            linked++;
            correct += personOf(match.personId()).equals(truth.get(match.recordId())) ? 1 : 0;
            if (match.rank() == ProbabilisticStage.RANK) {
                atRankP++;
                assertThat(outcome.probabilities()[i]).isBetween(0.5, 1.0);
            } else {
                assertThat(outcome.probabilities()[i]).isNaN();
            }
        }
        assertThat(atRankP).isPositive();
        // Without NHS numbers only the date of birth, sex and postcode ranks can match; names recover the rest.
        assertThat((double) linked / PERSONS).isGreaterThan((double) deterministic / PERSONS + 0.05)
                .isGreaterThan(0.85);
        assertThat((double) correct / linked).isGreaterThan(0.99);
        assertThat(outcome.model()).isNotNull();
        assertThat(outcome.report().linksByRank()).containsKey("probabilistic");
    }

    @Test
    void aGivenModelIsUsedInsteadOfTrainingEvenForAFewRecords() {
        List<DeterministicMatch> ranks = linker.link(cohort, PersonIndex.of(index));
        var model = new ProbabilisticStage().complete(cohort, ranks, index, null, Progress.SILENT).model();
        List<PersonRecord> few = cohort.subList(0, 50);
        List<DeterministicMatch> fewRanks = ranks.subList(0, 50);

        ProbabilisticStage.Outcome trained = new ProbabilisticStage().complete(few, fewRanks, index, null,
                Progress.SILENT);
        ProbabilisticStage.Outcome reused = new ProbabilisticStage().complete(few, fewRanks, index, model,
                Progress.SILENT);

        assertThat(trained.ran()).isFalse();
        assertThat(trained.skipped()).contains("too few unmatched records");
        assertThat(reused.ran()).isTrue();
        assertThat(reused.model()).isSameAs(model);
    }

    @Test
    void doesNotRunWithoutNames() {
        List<PersonRecord> nameless = cohort.stream().map(r -> new PersonRecord(r.id(), null, r.dateOfBirth(),
                r.sex(), r.postcode(), null, null, null)).toList();
        List<DeterministicMatch> ranks = linker.link(nameless, PersonIndex.of(index));

        ProbabilisticStage.Outcome outcome = new ProbabilisticStage().complete(nameless, ranks, index, null,
                Progress.SILENT);

        assertThat(outcome.ran()).isFalse();
        assertThat(outcome.matches()).isEqualTo(ranks);
    }

    /** Index records carry the person id as their record id in the synthetic files' person index. */
    private static String personOf(String indexRecordId) {
        return truth.get(indexRecordId);
    }
}
