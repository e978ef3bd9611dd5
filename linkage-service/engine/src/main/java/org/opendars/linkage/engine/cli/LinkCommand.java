package org.opendars.linkage.engine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.probabilistic.ModelParameters;
import org.opendars.linkage.engine.quality.HtmlReport;
import org.opendars.linkage.engine.run.LinkageResult;
import org.opendars.linkage.engine.run.LinkageRun;
import org.opendars.linkage.engine.run.LoadedTables;
import org.opendars.linkage.engine.run.ResultWriter;
import org.opendars.linkage.engine.spec.DataAwareSpecs;
import org.opendars.linkage.engine.spec.DataSample;
import org.opendars.linkage.engine.spec.LinkSpec;
import org.opendars.linkage.engine.spec.Specs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Links two CSV files, or deduplicates one, and prints the quality report. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Link --left to --right, or deduplicate --left alone; writes pairs.csv (and clusters.csv).")
final class LinkCommand implements Callable<Integer> {

    @Option(names = "--left", required = true, description = "CSV file (the records to link)")
    Path left;

    @Option(names = "--right", description = "CSV file to link to (the person index); omit to deduplicate --left")
    Path right;

    @Option(names = "--spec", description = "spec JSON; without it a default is derived from the column "
            + "names and a sample of the values, printed and saved as default-spec.json beside --out. "
            + "Built-in: builtin:febrl4, builtin:nhs-person, builtin:fake-1000")
    String spec;

    @Option(names = "--out", required = true, description = "pairs CSV to write")
    Path out;

    @Option(names = "--clusters", description = "clusters CSV for deduplication (default: clusters.csv beside --out)")
    Path clusters;

    @Option(names = "--report", description = "quality report JSON (default: quality-report.json beside --out)")
    Path report;

    @Option(names = "--html", description = "quality report as a self-contained HTML page with charts")
    Path html;

    @Option(names = "--truth-column", description = "column holding the true entity id, for accuracy metrics")
    String truthColumn;

    @Option(names = "--truth-id-pattern", description = "regular expression whose first group of the record id "
            + "is the true entity id, e.g. 'rec-(\\d+)' for FEBRL")
    String truthIdPattern;

    @Option(names = "--model", description = "trained model JSON to use instead of training")
    Path model;

    @Option(names = "--save-model", description = "write the trained model JSON here")
    Path saveModel;

    @Option(names = "--explain", description = "write a JSON explanation (each comparison's contribution) of the "
            + "--explain-count lowest-weight links, the most doubtful ones, to this file")
    Path explain;

    @Option(names = "--explain-count", defaultValue = "50", description = "links to explain (default 50)")
    int explainCount;

    @Override
    public Integer call() throws IOException {
        Progress progress = Progress.to(System.err);
        LinkSpec linkSpec = resolveSpec();
        if (truthColumn != null) {
            linkSpec = linkSpec.withTruthColumn(truthColumn);
        } else if (truthIdPattern != null) {
            linkSpec = linkSpec.withTruthIdPattern(truthIdPattern);
        }
        long start = System.nanoTime();
        LoadedTables tables = LoadedTables.load(linkSpec, left, right);
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        progress.report(String.format("loaded %,d + %,d records", tables.left().size(),
                tables.dedupe() ? 0 : tables.right().size()));
        ModelParameters given = model == null ? null : ModelParameters.load(model);
        LinkageResult result = new LinkageRun(linkSpec, progress).withTiming("load", loadMillis)
                .execute(tables, given);
        Path directory = out.toAbsolutePath().getParent();
        ResultWriter.writePairs(result, out);
        if (result.clusterOf() != null) {
            ResultWriter.writeClusters(result, clusters != null ? clusters : directory.resolve("clusters.csv"));
        }
        if (explain != null) {
            Specs.JSON.writeValue(explain.toFile(), Explanations.doubtfulLinks(result, explainCount));
        }
        if (saveModel != null) {
            result.model().save(saveModel);
        }
        Path reportFile = report != null ? report : directory.resolve("quality-report.json");
        Specs.JSON.writeValue(reportFile.toFile(), result.report());
        if (html != null) {
            Files.writeString(html, HtmlReport.render(result.report(), pageTitle()));
        }
        progress.report(String.format("done in %.2f s; %,d links written to %s",
                (System.nanoTime() - start) / 1e9, result.links().size(), out));
        System.out.println(Specs.JSON.writeValueAsString(result.report()));
        return 0;
    }

    private String pageTitle() {
        return right == null ? "Deduplication of " + left.getFileName()
                : "Linkage of " + left.getFileName() + " to " + right.getFileName();
    }

    private LinkSpec resolveSpec() throws IOException {
        if (spec == null) {
            LinkSpec chosen = DataAwareSpecs.forSample(DataSample.of(left, right, DataSample.DEFAULT_ROWS),
                    truthColumn);
            // Shown and saved so that users can see what was guessed and start their own spec from it.
            Path saved = out.toAbsolutePath().resolveSibling("default-spec.json");
            Files.createDirectories(saved.getParent());
            Specs.JSON.writeValue(saved.toFile(), chosen);
            System.err.println("no --spec given; using this default (saved to " + saved + "):");
            System.err.println(Specs.JSON.writeValueAsString(chosen));
            return chosen;
        }
        if (spec.startsWith("builtin:")) {
            return Specs.builtIn(spec.substring("builtin:".length()));
        }
        return Specs.read(Path.of(spec));
    }
}
