package org.opendars.linkage.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.SharedData;
import org.opendars.linkage.engine.run.LinkageRun;
import org.opendars.linkage.engine.run.LoadedTables;
import org.opendars.linkage.engine.spec.LinkSpec;
import org.opendars.linkage.engine.spec.Specs;
import org.opendars.linkage.engine.synthetic.CorruptionRates;
import org.opendars.linkage.engine.synthetic.NameTables;
import org.opendars.linkage.engine.synthetic.SyntheticData;

/**
 * Renders the HTML report of a real run in headless Chromium and checks the screenshot is a drawn page, not a
 * blank or broken one. The pages and screenshots stay in target/ for a person to look at.
 */
class HtmlReportScreenshotTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 3000;
    /** Chart colours drawn as solid areas, so that their exact values appear in the screenshot. */
    private static final List<String> CHART_COLOURS = List.of(ReportCharts.BLUE, ReportCharts.GREEN,
            ReportCharts.ORANGE, ReportCharts.SLATE, ReportCharts.RED, ReportCharts.PURPLE);

    @TempDir
    Path folder;

    @BeforeEach
    void needsChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no headless browser at " + CHROMIUM
                + "; ./dars test installs the Debian package chromium when run as root");
    }

    @Test
    void drawsTheReportOfASyntheticLinkageWithChartsInABrowser() throws Exception {
        SyntheticData.Written files = SyntheticData.write(folder, 5_000, 11, NameTables.builtIn(),
                CorruptionRates.realistic());
        LinkSpec spec = Specs.builtIn("nhs-person").withTruthColumn("person_id");

        BufferedImage screenshot = screenshot(spec, files.records(), files.persons(), "quality-report");

        assertIsADrawnReport(screenshot);
    }

    @Test
    void drawsTheReportOfFebrl4WithChartsInABrowser() throws Exception {
        Path data = SharedData.folder("linkage");
        LinkSpec spec = Specs.builtIn("febrl4").withTruthIdPattern("rec-(\\d+)");

        BufferedImage screenshot = screenshot(spec, data.resolve("febrl_dataset4a.csv"),
                data.resolve("febrl_dataset4b.csv"), "quality-report-febrl4");

        assertIsADrawnReport(screenshot);
    }

    private static void assertIsADrawnReport(BufferedImage screenshot) {
        assertThat(screenshot.getWidth()).isEqualTo(WIDTH);
        assertThat(screenshot.getHeight()).isEqualTo(HEIGHT);
        long drawn = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < screenshot.getHeight(); y++) {
            for (int x = 0; x < screenshot.getWidth(); x++) {
                int rgb = screenshot.getRGB(x, y) & 0xFFFFFF;
                drawn += rgb == 0xFFFFFF ? 0 : 1;
                colours.add(rgb);
            }
        }
        assertThat((double) drawn / (WIDTH * HEIGHT)).as("share of pixels that are not white").isGreaterThan(0.05);
        List<String> chartColours = CHART_COLOURS.stream()
                .filter(hex -> colours.contains(Integer.parseInt(hex.substring(1), 16))).toList();
        assertThat(chartColours).as("chart colours in the screenshot").hasSizeGreaterThanOrEqualTo(4);
    }

    /** Links the files, writes the page and its screenshot to target/ and reads the screenshot back. */
    private BufferedImage screenshot(LinkSpec spec, Path left, Path right, String name)
            throws IOException, InterruptedException {
        LoadedTables tables = LoadedTables.load(spec, left, right);
        QualityReport report = new LinkageRun(spec, Progress.SILENT).execute(tables, null).report();
        Path target = Path.of("target").toAbsolutePath();
        Files.createDirectories(target);
        Path html = target.resolve(name + ".html");
        Path png = target.resolve(name + ".png");
        Files.writeString(html, HtmlReport.render(report, "Linkage of " + left.getFileName() + " to "
                + right.getFileName()));
        Files.deleteIfExists(png);
        Path log = folder.resolve(name + "-chromium.log");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(folder, "profile"),
                "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = chromium.waitFor(90, TimeUnit.SECONDS);
        if (!finished) {
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(finished).as("Chromium finished within 90 s; its output:%n%s", Files.readString(log)).isTrue();
        assertThat(png).as("Chromium wrote a screenshot; its output:%n%s", Files.readString(log)).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a readable PNG").isNotNull();
        return image;
    }
}
