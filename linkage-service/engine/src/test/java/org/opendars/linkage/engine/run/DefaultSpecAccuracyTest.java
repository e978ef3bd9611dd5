package org.opendars.linkage.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.SharedData;
import org.opendars.linkage.engine.quality.QualityReport;
import org.opendars.linkage.engine.spec.DataAwareSpecs;
import org.opendars.linkage.engine.spec.DataSample;
import org.opendars.linkage.engine.spec.LinkSpec;

/** Accuracy floors for runs without a spec, which is how people first try the engine on their own files. */
class DefaultSpecAccuracyTest {

    @Test
    void deduplicatesFebrl3WithoutASpecWithF1OfAtLeast0995() throws IOException {
        Path data = SharedData.folder("linkage");

        QualityReport report = run(data.resolve("febrl_dataset3.csv"), null, null);

        assertThat(report.truth().pairwise().f1()).isGreaterThanOrEqualTo(0.995);
        assertThat(report.truth().clusters().f1()).isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void linksFebrl4WithoutASpecWithF1OfAtLeast0999() throws IOException {
        Path data = SharedData.folder("linkage");

        QualityReport report = run(data.resolve("febrl_dataset4a.csv"), data.resolve("febrl_dataset4b.csv"), null);

        assertThat(report.truth().pairwise().f1()).isGreaterThanOrEqualTo(0.999);
    }

    @Test
    void deduplicatesFake1000WithoutASpecAboveMeasuredFloors() throws IOException {
        Path data = SharedData.folder("linkage");

        QualityReport report = run(data.resolve("splink_fake_1000.csv"), null, "cluster");

        assertThat(report.truth().pairwise().f1()).isGreaterThanOrEqualTo(0.94);
        assertThat(report.truth().clusters().f1()).isGreaterThanOrEqualTo(0.68);
    }

    /** As the command line does without --spec; FEBRL's truth is in the record id. */
    private static QualityReport run(Path left, Path right, String truthColumn) throws IOException {
        LinkSpec spec = DataAwareSpecs.forSample(DataSample.of(left, right, DataSample.DEFAULT_ROWS), truthColumn);
        spec = truthColumn != null ? spec.withTruthColumn(truthColumn) : spec.withTruthIdPattern("rec-(\\d+)");
        LoadedTables tables = LoadedTables.load(spec, left, right);
        return new LinkageRun(spec, Progress.SILENT).execute(tables, null).report();
    }
}
