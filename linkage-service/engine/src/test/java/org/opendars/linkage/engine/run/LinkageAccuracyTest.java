package org.opendars.linkage.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.SharedData;
import org.opendars.linkage.engine.quality.QualityReport;
import org.opendars.linkage.engine.spec.LinkSpec;
import org.opendars.linkage.engine.spec.Specs;
import org.opendars.linkage.engine.synthetic.CorruptionRates;
import org.opendars.linkage.engine.synthetic.NameTables;
import org.opendars.linkage.engine.synthetic.SyntheticData;

/** Accuracy floors: a change that makes linkage worse fails the build. */
class LinkageAccuracyTest {

    @TempDir
    Path folder;

    @Test
    void linksFebrl4WithF1OfAtLeast0999() throws IOException {
        Path data = SharedData.folder("linkage");
        LinkSpec spec = Specs.builtIn("febrl4").withTruthIdPattern("rec-(\\d+)");

        QualityReport report = run(spec, data.resolve("febrl_dataset4a.csv"), data.resolve("febrl_dataset4b.csv"));

        assertThat(report.truth().pairwise().f1()).isGreaterThanOrEqualTo(0.999);
        assertThat(report.truth().pairwise().precision()).isGreaterThanOrEqualTo(0.999);
    }

    @Test
    void deduplicatesFake1000AboveMeasuredFloors() throws IOException {
        Path data = SharedData.folder("linkage");
        LinkSpec spec = Specs.builtIn("fake-1000").withTruthColumn("cluster");

        QualityReport report = run(spec, data.resolve("splink_fake_1000.csv"), null);

        assertThat(report.mode()).isEqualTo("dedupe");
        assertThat(report.truth().pairwise().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.truth().clusters().f1()).isGreaterThanOrEqualTo(0.60);
    }

    @Test
    void linksSyntheticNhsDataWithHighPrecisionAndRecall() throws IOException {
        SyntheticData.Written files = SyntheticData.write(folder, 20_000, 5, NameTables.builtIn(),
                CorruptionRates.realistic());
        LinkSpec spec = Specs.builtIn("nhs-person").withTruthColumn("person_id");

        QualityReport report = run(spec, files.records(), files.persons());

        assertThat(report.truth().pairwise().precision()).isGreaterThanOrEqualTo(0.995);
        assertThat(report.truth().pairwise().recall()).isGreaterThanOrEqualTo(0.985);
        assertThat(report.linksByRank()).containsKeys("1", "2", "6", "probabilistic");
        assertThat(report.estimatedFalseMatchRate()).isBetween(0.0, 0.2);
        assertThat(report.estimatedMissedMatchRate()).isBetween(0.0, 0.2);
    }

    private static QualityReport run(LinkSpec spec, Path left, Path right) throws IOException {
        LoadedTables tables = LoadedTables.load(spec, left, right);
        return new LinkageRun(spec, Progress.SILENT).execute(tables, null).report();
    }
}
