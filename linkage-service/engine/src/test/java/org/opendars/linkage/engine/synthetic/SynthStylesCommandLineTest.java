package org.opendars.linkage.engine.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendars.linkage.engine.cli.LinkageCli;
import picocli.CommandLine;

class SynthStylesCommandLineTest {

    @TempDir
    Path folder;

    private int run(String... args) {
        return new CommandLine(new LinkageCli()).execute(args);
    }

    @Test
    void writesEachStyleToItsFiles() throws IOException {
        assertThat(run("synth", "--style", "dsgen", "--persons", "300", "--out", folder.resolve("link").toString()))
                .isZero();
        assertThat(run("synth", "--style", "dsgen", "--dedupe", "--persons", "300", "--max-duplicates", "3",
                "--duplicates-per-original", "poisson", "--out", folder.resolve("dedupe").toString())).isZero();
        assertThat(run("synth", "--style", "historical", "--records", "2000", "--out",
                folder.resolve("historical").toString())).isZero();

        assertThat(Files.readAllLines(folder.resolve("link/a.csv"))).hasSize(301);
        assertThat(Files.readAllLines(folder.resolve("link/b.csv"))).hasSize(301);
        assertThat(Files.readAllLines(folder.resolve("dedupe/dedupe.csv"))).hasSizeGreaterThan(600);
        assertThat(Files.readAllLines(folder.resolve("historical/historical.csv"))).hasSize(2_001);
    }

    @Test
    void refusesAnUnknownStyleAndDsgenWithoutPersons() {
        assertThat(run("synth", "--style", "census", "--persons", "10", "--out", folder.toString())).isNotZero();
        assertThat(run("synth", "--style", "dsgen", "--out", folder.toString())).isNotZero();
    }
}
