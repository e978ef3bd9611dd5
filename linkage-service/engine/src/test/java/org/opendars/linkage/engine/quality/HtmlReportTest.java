package org.opendars.linkage.engine.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendars.linkage.engine.probabilistic.PairExplanation;
import org.opendars.linkage.engine.probabilistic.PairExplanation.Contribution;

class HtmlReportTest {

    private static final String HOSTILE_ID = "<script>alert(1)</script>";
    private static final String HOSTILE_COMPARISON = "\"><img src=x onerror=alert(1)>";

    @Test
    void escapesRecordIdsAndComparisonNamesTakenFromUsersFiles() {
        String html = HtmlReport.render(probabilistic(HOSTILE_ID, HOSTILE_COMPARISON), "Linkage of <b>a.csv</b>");

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
                .contains("<title>Linkage of &lt;b&gt;a.csv&lt;/b&gt;</title>");
    }

    @Test
    void showsEverySectionForAProbabilisticRunWithGroundTruth() {
        String html = HtmlReport.render(probabilistic("rec-1-org", "name"), "Linkage of a.csv to b.csv");

        assertThat(html).startsWith("<!DOCTYPE html>");
        for (String heading : List.of(HtmlReport.HEADLINE, HtmlReport.WEIGHTS, HtmlReport.MODEL, HtmlReport.RANKS,
                HtmlReport.BANDS, HtmlReport.BLOCKING, HtmlReport.MISSED, HtmlReport.PAIRS, HtmlReport.ISSUES,
                HtmlReport.TIMINGS)) {
            assertThat(html).contains("<h2>" + Html.escape(heading) + "</h2>");
        }
        assertThat(html).doesNotContain("Not available for this run")
                .contains("pairwise precision").contains("<details open>").contains("<svg");
    }

    @Test
    void rendersADeterministicRunWithoutAModelAndSaysWhatIsNotAvailable() {
        QualityReport deterministic = new QualityReport("deterministic", 22, 500, Map.of(), 0, 0, 19,
                Map.of("1", 13L, "2", 6L), Map.of(), 3, 0, 0, 0, null, null, Map.of("postcode: malformed", 2L),
                null, null, null, Map.of("link", 12L), 180, Map.of(), null, null, List.of(), List.of(), null);

        String html = HtmlReport.render(deterministic, "Linkage run 7");

        assertThat(html).contains("<h2>" + HtmlReport.HEADLINE + "</h2>", "<h2>" + HtmlReport.RANKS + "</h2>",
                        "<h2>" + HtmlReport.ISSUES + "</h2>", "<h2>" + HtmlReport.TIMINGS + "</h2>")
                .doesNotContain("<h2>" + Html.escape(HtmlReport.MODEL) + "</h2>")
                .doesNotContain("<h2>" + HtmlReport.WEIGHTS + "</h2>")
                .doesNotContain("<h2>" + HtmlReport.PAIRS + "</h2>")
                .contains("without a model, so there is no match weight distribution, m and u probabilities")
                .contains("Not available for this run: accuracy against ground truth")
                .contains("rank 1");
    }

    @Test
    void rendersAReportWhoseOptionalPartsAreAllMissing() {
        QualityReport sparse = new QualityReport(null, 0, 0, null, 0, 0, 0, null, null, 0, 0, 0, 0, null, null,
                null, null, null, null, null, 0, null, null, null, null, null, null);

        String html = HtmlReport.render(sparse, null);

        assertThat(html).contains("<h1>Linkage quality report</h1>").contains("Not available for this run")
                .endsWith("</html>\n");
    }

    @Test
    void needsNothingFromOutsideThePage() {
        String html = HtmlReport.render(probabilistic("a", "b"), "t");

        assertThat(html).doesNotContainPattern("(?i)\\b(src|href)\\s*=").doesNotContain("url(")
                .doesNotContain("<script").doesNotContain("@import");
    }

    @Test
    void drawsTheLinkThresholdTheRunUsed() {
        String html = HtmlReport.render(probabilistic("a", "b"), "t");

        assertThat(html).contains("link threshold: weight +3.32, p = 0.9091");
    }

    /** A link run with ground truth, a two-comparison model and two explained pairs. */
    static QualityReport probabilistic(String recordId, String comparison) {
        Map<String, Long> histogram = new LinkedHashMap<>();
        for (int bin = -12; bin <= 18; bin++) {
            long pairs = Math.max(1, 5000 / (1 + Math.abs(bin + 6) * Math.abs(bin - 12)));
            histogram.put(Integer.toString(bin), pairs);
        }
        List<ModelLevel> model = List.of(
                new ModelLevel(comparison, "exact", 0.92, 0.001, 9.85),
                new ModelLevel(comparison, "jaro-winkler >= 0.9", 0.05, 0.01, 2.32),
                new ModelLevel(comparison, "else", 0.03, 0.989, -5.04),
                new ModelLevel("date_of_birth", "exact", 0.95, 0.0003, 11.6),
                new ModelLevel("date_of_birth", "else", 0.05, 0.9997, -14.3));
        PairExplanation doubtful = new PairExplanation(recordId, "rec-1-dup-0", -13.3, List.of(
                new Contribution(comparison, "jaro-winkler >= 0.9", 2.32, 0.4),
                new Contribution("date_of_birth", "exact", 11.6, -1.2)), -0.18, 0.469);
        PairExplanation missed = new PairExplanation("rec-2-org", "rec-2-dup-0", -13.3, List.of(
                new Contribution(comparison, "else", -5.04, 0),
                new Contribution("date_of_birth", "exact", 11.6, 0)), -6.74, 0.009);
        return new QualityReport("link", 5000, 5000, Map.of("date_of_birth", 12_000L, "postcode+surname", 4_000L),
                15_500, 12, 4_980, Map.of("probabilistic", 4_980L),
                WeightBands.labelled(new long[] {0, 30, 150, 800, 3000, 1000, 0}), 20, 20, 0, 1, 0.004, 0.002,
                Map.of("postcode: malformed", 3L), null, null,
                new TruthMetrics(Metrics.of(4_975, 4_980, 5_000), Metrics.of(4_990, 5_010, 5_000)),
                Map.of("load", 300L, "training", 900L, "scoring", 400L), 512, histogram, 0.998,
                new MissedPairs(5_000, 4_975, 5, 1, 15, 4, 0), model,
                List.of(new ExplainedPair(ExplainedPair.DOUBTFUL_LINK, doubtful),
                        new ExplainedPair(ExplainedPair.MISSED_MATCH, missed)), 3.3219);
    }
}
