package org.opendars.linkage.engine.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.quality.QualityReport;
import org.opendars.linkage.engine.run.LinkageRun;
import org.opendars.linkage.engine.run.LoadedTables;
import org.opendars.linkage.engine.spec.DataAwareSpecs;
import org.opendars.linkage.engine.spec.DataSample;
import org.opendars.linkage.engine.spec.LinkSpec;

/** The engine without a spec, as the command line runs it, on FEBRL-style data it was not built on. */
class DsgenStyleLinkageTest {

    @TempDir
    Path folder;

    @Test
    void linksAGeneratedPairWithTheDefaultSpecAboveAFloor() throws IOException {
        DsgenStyleData.write(folder, 2_000, 11, DsgenFiles.tables(), DsgenSettings.link());
        Path a = folder.resolve("a.csv");
        Path b = folder.resolve("b.csv");

        LinkSpec spec = DataAwareSpecs.forSample(DataSample.of(a, b, DataSample.DEFAULT_ROWS), null)
                .withTruthIdPattern("rec-(\\d+)");
        QualityReport report = new LinkageRun(spec, Progress.SILENT).execute(LoadedTables.load(spec, a, b), null)
                .report();

        assertThat(report.truth().pairwise().f1()).isGreaterThanOrEqualTo(0.95);
    }
}
