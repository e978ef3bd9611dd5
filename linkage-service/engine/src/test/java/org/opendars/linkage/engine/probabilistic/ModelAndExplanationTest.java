package org.opendars.linkage.engine.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.run.LinkageResult;
import org.opendars.linkage.engine.run.LinkageRun;
import org.opendars.linkage.engine.run.LoadedTables;
import org.opendars.linkage.engine.spec.LinkSpec;
import org.opendars.linkage.engine.spec.Specs;
import org.opendars.linkage.engine.synthetic.CorruptionRates;
import org.opendars.linkage.engine.synthetic.NameTables;
import org.opendars.linkage.engine.synthetic.SyntheticData;

class ModelAndExplanationTest {

    @TempDir
    static Path folder;

    private static LinkageResult result;
    private static LinkSpec spec;

    @BeforeAll
    static void linkSyntheticData() throws IOException {
        SyntheticData.Written files = SyntheticData.write(folder, 4_000, 11, NameTables.builtIn(),
                CorruptionRates.realistic());
        spec = Specs.builtIn("nhs-person").withTruthColumn("person_id");
        result = new LinkageRun(spec, Progress.SILENT).execute(LoadedTables.load(spec, files.records(),
                files.persons()), null);
    }

    @Test
    void savedModelLoadsBackIdentically() throws IOException {
        Path file = folder.resolve("model.json");
        result.model().save(file);

        ModelParameters loaded = ModelParameters.load(file);

        assertThat(loaded.toJson()).isEqualTo(result.model().toJson());
        assertThat(loaded.probabilityTwoRandomRecordsMatch())
                .isEqualTo(result.model().probabilityTwoRandomRecordsMatch());
    }

    @Test
    void estimatesHigherMatchThanNonMatchProbabilityForExactAgreement() {
        for (ModelParameters.ComparisonParameters comparison : result.model().comparisons()) {
            assertThat(comparison.m()[0]).as(comparison.name()).isGreaterThan(comparison.u()[0]);
            assertThat(comparison.mEstimated()).as(comparison.name()).isTrue();
        }
    }

    @Test
    void explanationContributionsAddUpToTheMatchWeight() {
        var tables = result.tables();
        for (int row = 0; row < 50; row++) {
            PairExplanation explanation = result.scorer().explain(tables.left(), row, tables.right(), row);
            double sum = explanation.priorWeight() + explanation.contributions().stream()
                    .mapToDouble(c -> c.weight() + c.termFrequencyWeight()).sum();
            assertThat(explanation.matchWeight()).isCloseTo(sum, within(1e-9));
            assertThat(explanation.matchWeight()).isCloseTo(result.scorer().weight(row, row), within(1e-9));
            assertThat(explanation.contributions()).hasSize(spec.comparisons().size());
        }
    }

    @Test
    void aLoadedModelScoresPairsAsTheTrainedOneDid() throws IOException {
        Path file = folder.resolve("reused.json");
        result.model().save(file);
        LinkageResult reused = new LinkageRun(spec, Progress.SILENT).execute(result.tables(),
                ModelParameters.load(file));

        assertThat(reused.links().size()).isEqualTo(result.links().size());
        assertThat(reused.report().truth().pairwise().f1()).isEqualTo(result.report().truth().pairwise().f1());
    }
}
