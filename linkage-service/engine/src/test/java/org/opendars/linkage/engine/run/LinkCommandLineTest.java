package org.opendars.linkage.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendars.linkage.engine.cli.LinkageCli;
import org.opendars.linkage.engine.probabilistic.ModelParameters;
import org.opendars.linkage.engine.spec.LinkSpec;
import org.opendars.linkage.engine.spec.Specs;
import picocli.CommandLine;

class LinkCommandLineTest {

    @TempDir
    Path folder;

    private int run(String... args) {
        return new CommandLine(new LinkageCli()).execute(args);
    }

    @Test
    void linksTwoFilesWithTheDefaultSpecAndWritesPairsReportPageModelAndTheSpecUsed() throws IOException {
        assertThat(run("synth", "--persons", "3000", "--seed", "5", "--out", folder.toString(),
                "--names", folder.resolve("no-tables").toString())).isZero();

        int exit = run("link", "--left", folder.resolve("records.csv").toString(),
                "--right", folder.resolve("persons.csv").toString(), "--out", folder.resolve("pairs.csv").toString(),
                "--truth-column", "person_id", "--save-model", folder.resolve("model.json").toString(),
                "--html", folder.resolve("report.html").toString());

        assertThat(exit).isZero();
        List<String> pairs = Files.readAllLines(folder.resolve("pairs.csv"));
        assertThat(pairs.get(0)).isEqualTo("id_l,id_r,match_weight,match_probability,match_rank");
        assertThat(pairs).hasSizeGreaterThan(2_900);
        JsonNode report = Specs.JSON.readTree(folder.resolve("quality-report.json").toFile());
        assertThat(report.at("/truth/pairwise/f1").asDouble()).isGreaterThan(0.98);
        assertThat(Files.readString(folder.resolve("report.html"))).startsWith("<!DOCTYPE html>")
                .contains("<title>Linkage of records.csv to persons.csv</title>");
        ModelParameters model = ModelParameters.load(folder.resolve("model.json"));
        assertThat(model.formatVersion()).isEqualTo(ModelParameters.FORMAT_VERSION);
        assertThat(model.comparisons()).extracting(ModelParameters.ComparisonParameters::name)
                .contains("nhs_number", "name", "date_of_birth", "postcode");
        LinkSpec used = Specs.read(folder.resolve("default-spec.json"));
        assertThat(used.deterministic().enabled()).isTrue();
        assertThat(used.columns()).doesNotContainKey("person_id");
    }

    @Test
    void reusesASavedModelAndDeduplicatesIntoClusters() throws IOException {
        run("synth", "--persons", "2000", "--seed", "6", "--out", folder.toString(),
                "--names", folder.resolve("no-tables").toString());
        Path records = folder.resolve("records.csv");
        Path both = folder.resolve("both.csv");
        List<String> persons = Files.readAllLines(folder.resolve("persons.csv"));
        List<String> copies = Files.readAllLines(records);
        Files.write(both, persons);
        Files.write(both, copies.subList(1, copies.size()), java.nio.file.StandardOpenOption.APPEND);

        int exit = run("link", "--left", both.toString(), "--out", folder.resolve("dedupe-pairs.csv").toString(),
                "--truth-column", "person_id");

        assertThat(exit).isZero();
        List<String> clusters = Files.readAllLines(folder.resolve("clusters.csv"));
        assertThat(clusters.get(0)).isEqualTo("id,cluster_id");
        assertThat(clusters).hasSize(4_001);
        JsonNode report = Specs.JSON.readTree(folder.resolve("quality-report.json").toFile());
        assertThat(report.get("mode").asText()).isEqualTo("dedupe");
        assertThat(report.at("/truth/pairwise/f1").asDouble()).isGreaterThan(0.95);
    }
}
