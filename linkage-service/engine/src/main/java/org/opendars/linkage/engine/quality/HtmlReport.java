package org.opendars.linkage.engine.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendars.linkage.engine.probabilistic.PairExplanation;
import org.opendars.linkage.engine.probabilistic.PairScorer;

/**
 * The quality report of a run as one self-contained HTML page: inline CSS and SVG, no script and nothing fetched,
 * so that it can be mailed, archived and served under a policy that forbids everything else. Record ids and
 * comparison names come from users' files and specs and are escaped wherever they appear.
 */
public final class HtmlReport {

    static final String HEADLINE = "Headline numbers";
    static final String WEIGHTS = "Match weight distribution";
    static final String MODEL = "Model: m and u probabilities";
    static final String RANKS = "Match rate per rank";
    static final String BANDS = "Links per weight band";
    static final String BLOCKING = "Comparisons per blocking rule";
    static final String MISSED = "Where missed true matches were lost";
    static final String PAIRS = "Explained pairs";
    static final String ISSUES = "Unusable values";
    static final String TIMINGS = "Timings";

    private final QualityReport report;
    /** What this report cannot show, with why; a deterministic-only run's are said in one sentence. */
    private final Map<String, String> unavailable = new LinkedHashMap<>();
    private static final String NO_MODEL = "no model";

    private HtmlReport(QualityReport report) {
        this.report = report;
    }

    public static String render(QualityReport report, String title) {
        Objects.requireNonNull(report, "report");
        String heading = title == null || title.isBlank() ? "Linkage quality report" : title;
        return new HtmlReport(report).page(heading);
    }

    private String page(String title) {
        List<String> sections = new ArrayList<>();
        sections.add(section("headline", HEADLINE, headline()));
        sections.add(section("weights", WEIGHTS, weightDistribution()));
        sections.add(section("model", MODEL, model()));
        sections.add(section("ranks", RANKS, ranks()));
        sections.add(section("bands", BANDS, weightBands()));
        sections.add(section("blocking", BLOCKING, blocking()));
        sections.add(section("missed", MISSED, missedPairs()));
        sections.add(section("pairs", PAIRS, explainedPairs()));
        sections.add(section("issues", ISSUES, validationIssues()));
        sections.add(section("timings", TIMINGS, timings()));
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style>").append(ReportStyle.CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p class=\"subtitle\">").append(Html.escape(describeMode())).append("</p>\n");
        html.append(unavailableNote());
        sections.stream().filter(Objects::nonNull).forEach(html::append);
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private String unavailableNote() {
        List<String> withoutModel = new ArrayList<>();
        List<String> others = new ArrayList<>();
        unavailable.forEach((what, why) -> {
            if (NO_MODEL.equals(why)) {
                withoutModel.add(what);
            } else {
                others.add(what + " (" + why + ")");
            }
        });
        StringBuilder note = new StringBuilder();
        if (!withoutModel.isEmpty()) {
            note.append("This run linked by match rules alone, without a model, so there is no ")
                    .append(String.join(", ", withoutModel.subList(0, withoutModel.size() - 1)))
                    .append(withoutModel.size() > 1 ? " or " : "").append(withoutModel.get(withoutModel.size() - 1))
                    .append(". ");
        }
        if (!others.isEmpty()) {
            note.append("Not available for this run: ").append(String.join("; ", others)).append('.');
        }
        return note.isEmpty() ? "" : "<p class=\"unavailable\">" + Html.escape(note.toString().strip()) + "</p>\n";
    }

    private String section(String id, String heading, String content) {
        if (content == null) {
            return null;
        }
        return "<section id=\"" + id + "\">\n<h2>" + Html.escape(heading) + "</h2>\n" + content + "</section>\n";
    }

    private boolean deterministicOnly() {
        return "deterministic".equals(report.mode());
    }

    private String describeMode() {
        String mode = report.mode() == null ? "" : report.mode();
        return switch (mode) {
            case "link" -> "Probabilistic linkage of two files, with the deterministic ranks first where the spec "
                    + "enables them.";
            case "dedupe" -> "Deduplication of one file: scored pairs grouped into clusters.";
            case "deterministic" -> "Deterministic linkage by match rules only: no model was trained or used.";
            case "deterministic+probabilistic" -> "The deterministic ranks, then the probabilistic stage for the "
                    + "records they left, linked at rank P.";
            default -> "Linkage run (mode " + (mode.isEmpty() ? "not recorded" : mode) + ").";
        };
    }

    private String headline() {
        StringBuilder cards = new StringBuilder("<div class=\"cards\">\n");
        boolean dedupe = "dedupe".equals(report.mode());
        card(cards, Html.count(report.leftRecords()), dedupe ? "records" : "records to link", null);
        if (!dedupe && report.rightRecords() > 0) {
            card(cards, Html.count(report.rightRecords()), "records linked to", null);
        }
        if (!deterministicOnly()) {
            card(cards, Html.count(report.comparisonsScored()), "comparisons scored", null);
        }
        card(cards, Html.count(report.links()), "links", null);
        card(cards, Html.percent(report.matchRate()), "match rate",
                Html.count(report.unmatchedLeft()) + " unmatched");
        if (!dedupe && !deterministicOnly()) {
            card(cards, Html.count(report.unmatchedRight()), "unmatched on the other side", null);
        }
        if (!deterministicOnly()) {
            card(cards, Html.percent(report.estimatedFalseMatchRate()), "estimated false match rate",
                    report.estimatedFalseMatchRate() == null ? "no probabilistic links" : "of probabilistic links");
            card(cards, Html.percent(report.estimatedMissedMatchRate()), "estimated missed match rate",
                    "among compared pairs");
            card(cards, Html.percent(report.estimatedBlockingRecall()), "estimated blocking recall",
                    report.estimatedBlockingRecall() == null ? "too few confident links to estimate" : "without truth");
        }
        card(cards, Html.count(report.ambiguousDeterministic() + report.ambiguousProbabilistic()), "ambiguous",
                "left unlinked: two candidates equally good");
        if (report.clusters() != null) {
            card(cards, Html.count(report.clusters()), "clusters", report.refusedClusterMerges() == null ? null
                    : Html.count(report.refusedClusterMerges()) + " merges refused");
        }
        if (report.recordsInSkippedBlocks() > 0) {
            card(cards, Html.count(report.recordsInSkippedBlocks()), "records in skipped blocks",
                    "blocks over maxBlockSize");
        }
        card(cards, Html.count(report.peakMemoryMegabytes()) + " MB", "peak memory", null);
        long total = orEmpty(report.timingsMillis()).values().stream().filter(Objects::nonNull)
                .mapToLong(Long::longValue).sum();
        card(cards, Html.millis(total), "total time", "see " + TIMINGS.toLowerCase());
        cards.append("</div>\n");
        TruthMetrics truth = report.truth();
        if (truth == null) {
            unavailable.put("accuracy against ground truth", "no truth column was given");
            return cards.toString();
        }
        cards.append("<h3>Against ground truth</h3>\n<div class=\"cards truth\">\n");
        metrics(cards, truth.pairwise(), "pairwise");
        metrics(cards, truth.clusters(), "clusters");
        return cards.append("</div>\n").toString();
    }

    private static void metrics(StringBuilder cards, Metrics metrics, String what) {
        if (metrics == null) {
            return;
        }
        String counts = Html.count(metrics.truePositives()) + " correct of " + Html.count(metrics.predicted());
        card(cards, Html.percent(metrics.precision()), what + " precision", counts);
        card(cards, Html.percent(metrics.recall()), what + " recall",
                Html.count(metrics.truePositives()) + " found of " + Html.count(metrics.actual()));
        card(cards, Html.percent(metrics.f1()), what + " F1", null);
    }

    private static void card(StringBuilder cards, String value, String label, String detail) {
        cards.append("<div class=\"card\"><div class=\"value\">").append(Html.escape(value))
                .append("</div><div class=\"label\">").append(Html.escape(label)).append("</div>");
        if (detail != null) {
            cards.append("<div class=\"detail\">").append(Html.escape(detail)).append("</div>");
        }
        cards.append("</div>\n");
    }

    private String weightDistribution() {
        Map<String, Long> histogram = orEmpty(report.weightHistogram());
        if (histogram.isEmpty()) {
            unavailable.put("match weight distribution", deterministicOnly() ? NO_MODEL
                    : report.weightHistogram() == null ? "not recorded" : "no pairs were scored");
            return null;
        }
        double threshold = report.linkWeight() == null ? 0 : report.linkWeight();
        String label = "link threshold: weight " + Html.weight(threshold) + ", p = "
                + Html.probability(PairScorer.probability(threshold))
                + (report.linkWeight() == null ? " (assumed: the report does not record it)" : "");
        String chart = ReportCharts.weightHistogram(histogram, threshold, label);
        if (chart == null) {
            unavailable.put("match weight distribution", "no pairs were scored");
            return null;
        }
        return caption("Every scored pair by its match weight, in bins of one bit; the count axis is logarithmic. "
                + "The bins at -40 and 60 also hold every weight beyond them. Pairs at or above the threshold are "
                + "linked unless the one-to-one choice or clustering keeps them apart. A good model shows two humps, "
                + "non-matches on the left and matches on the right, with few pairs near the threshold.")
                + figure(chart) + "<p class=\"legend\">" + swatch(ReportCharts.SLATE, "below the link threshold")
                + swatch(ReportCharts.GREEN, "at or above the link threshold")
                + "<span class=\"item\"><span class=\"swatch threshold\"></span>the link threshold</span></p>\n";
    }

    private String model() {
        List<ModelLevel> levels = orEmpty(report.model()).stream().filter(Objects::nonNull).toList();
        if (levels.isEmpty()) {
            unavailable.put("m and u probabilities", deterministicOnly() ? NO_MODEL : "not recorded");
            return null;
        }
        Map<String, List<ModelLevel>> byComparison = new LinkedHashMap<>();
        levels.forEach(level -> byComparison.computeIfAbsent(Objects.toString(level.comparison(), ""),
                name -> new ArrayList<>()).add(level));
        double smallest = 1;
        double largestWeight = 1;
        for (ModelLevel level : levels) {
            for (double p : new double[] {level.m(), level.u()}) {
                smallest = p > 0 && p < smallest ? p : smallest;
            }
            largestWeight = Double.isFinite(level.weight()) ? Math.max(largestWeight, Math.abs(level.weight()))
                    : largestWeight;
        }
        int floorExponent = Math.max(-8, Math.min(-1, (int) Math.floor(Math.log10(smallest))));
        StringBuilder html = new StringBuilder(caption("For each level of each comparison: m, the share of true "
                + "matches at that level, and u, the share of non-matches, on a log scale (values below 1e"
                + floorExponent + " are drawn at its edge). A pair at the level gains the weight log2(m/u): green "
                + "bars add evidence for a match, red bars against."));
        html.append("<p class=\"legend\">").append(swatch(ReportCharts.BLUE, "m = P(level | match)"))
                .append(swatch(ReportCharts.ORANGE, "u = P(level | non-match)"))
                .append(swatch(ReportCharts.GREEN, "positive weight"))
                .append(swatch(ReportCharts.RED, "negative weight")).append("</p>\n");
        for (Map.Entry<String, List<ModelLevel>> comparison : byComparison.entrySet()) {
            html.append("<h3>").append(Html.escape(comparison.getKey())).append("</h3>\n")
                    .append(figure(ReportCharts.comparisonLevels(comparison.getKey(), comparison.getValue(),
                            floorExponent, largestWeight)));
        }
        return html.toString();
    }

    private String ranks() {
        Map<String, Long> byRank = orEmpty(report.linksByRank());
        if (byRank.isEmpty()) {
            unavailable.put("links per rank", "there were no links");
            return null;
        }
        List<Map.Entry<String, Long>> rows = new ArrayList<>(byRank.entrySet());
        rows.sort(Comparator.comparing((Map.Entry<String, Long> row) -> rankOrder(row.getKey()))
                .thenComparing(row -> Objects.toString(row.getKey(), "")));
        List<Map.Entry<String, Long>> labelled = rows.stream()
                .map(row -> Map.entry(rankOrder(row.getKey()) < Integer.MAX_VALUE ? "rank " + row.getKey()
                        : Objects.toString(row.getKey(), ""), nonNull(row.getValue())))
                .toList();
        if ("dedupe".equals(report.mode())) {
            return caption("In a deduplication every link is a scored pair at or above the threshold; "
                    + Html.percent(report.matchRate()) + " of the records share a cluster with another.")
                    + figure(ReportCharts.bars(labelled, report.links(), "links", Html::count, ReportCharts.BLUE,
                            "Links"));
        }
        return caption("Links made by each deterministic rank (rank 1 is the strictest rule)"
                + (deterministicOnly() ? "" : " and by the model") + ", as a share of the " + Html.count(report.leftRecords()) + " records to link; together they give the "
                + "match rate of " + Html.percent(report.matchRate()) + ".")
                + figure(ReportCharts.bars(labelled, report.leftRecords(), "records", Html::count, ReportCharts.BLUE,
                        "Links per rank"));
    }

    private static int rankOrder(String rank) {
        return rank != null && rank.strip().matches("\\d{1,9}") ? Integer.parseInt(rank.strip()) : Integer.MAX_VALUE;
    }

    private String weightBands() {
        Map<String, Long> bands = orEmpty(report.linksByWeightBand());
        if (bands.isEmpty() || deterministicOnly()) {
            unavailable.put("links per weight band", deterministicOnly() ? NO_MODEL : "not recorded");
            return null;
        }
        return caption("Links by their match weight, in the bands of five bits analysts review by; links in the "
                + "lowest bands are the ones to check first.")
                + figure(ReportCharts.bars(new ArrayList<>(bands.entrySet()), report.links(), "links", Html::count,
                        ReportCharts.PURPLE, "Links per weight band"));
    }

    private String blocking() {
        Map<String, Long> rules = orEmpty(report.comparisonsPerBlockingRule());
        if (rules.isEmpty()) {
            unavailable.put("blocking", deterministicOnly() ? NO_MODEL : "not recorded");
            return null;
        }
        long sum = rules.values().stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        return caption("The comparisons each blocking rule makes on its own. A pair several rules find is scored "
                + "once, so " + Html.count(report.comparisonsScored()) + " comparisons were scored in all. "
                + (report.recordsInSkippedBlocks() == 0 ? "No block was larger than the spec's maxBlockSize."
                        : Html.count(report.recordsInSkippedBlocks()) + " records sat in blocks larger than the "
                                + "spec's maxBlockSize, which that rule skipped."))
                + figure(ReportCharts.bars(new ArrayList<>(rules.entrySet()), sum, "all rules' comparisons",
                        Html::count,
                        ReportCharts.ORANGE, "Comparisons per blocking rule"));
    }

    private String missedPairs() {
        MissedPairs missed = report.missedPairs();
        if (missed == null) {
            if (!deterministicOnly()) {
                unavailable.put("where missed true matches were lost", "needs a truth column");
            }
            return null;
        }
        StringBuilder html = new StringBuilder(caption("Every true pair the run did not link falls under exactly "
                + "one cause. " + Html.count(missed.missed()) + " of " + Html.count(missed.trueMatches())
                + " true pairs were missed."));
        html.append(figure(ReportCharts.missedPairs(missed))).append("<p class=\"legend\">");
        for (int i = 0; i < ReportCharts.MISSED_CAUSES.length; i++) {
            html.append(swatch(ReportCharts.MISSED_COLOURS[i], ReportCharts.MISSED_CAUSES[i]));
        }
        html.append("</p>\n");
        html.append("<table>\n<thead><tr><th>cause</th><th>what happened</th><th class=\"num\">pairs</th>")
                .append("<th class=\"num\">share of missed</th><th class=\"num\">share of true pairs</th></tr>")
                .append("</thead>\n<tbody>\n");
        cause(html, "never blocked", "no blocking rule put the two records together", missed.neverBlocked(), missed);
        cause(html, "in skipped blocks", "a rule put them together, only in a block over maxBlockSize",
                missed.inSkippedBlocks(), missed);
        cause(html, "below threshold", "compared, but scored below the link weight", missed.belowThreshold(),
                missed);
        cause(html, "lost in decision", "scored above the link weight, but the one-to-one choice or clustering "
                + "kept them apart", missed.lostInDecision(), missed);
        html.append("</tbody>\n</table>\n<p>Blocking recall against truth: <strong>")
                .append(Html.escape(Html.percent(missed.blockingRecall()))).append("</strong>");
        if (report.estimatedBlockingRecall() != null) {
            html.append("; estimated without truth: <strong>")
                    .append(Html.escape(Html.percent(report.estimatedBlockingRecall()))).append("</strong>");
        }
        html.append(".</p>\n");
        if (missed.entitiesSkipped() > 0) {
            html.append("<p class=\"note\">").append(Html.count(missed.entitiesSkipped()))
                    .append(" true entities had too many records to enumerate their pairs and are left out.</p>\n");
        }
        return html.toString();
    }

    private static void cause(StringBuilder html, String cause, String meaning, long count, MissedPairs missed) {
        html.append("<tr><td class=\"cause\">").append(Html.escape(cause)).append("</td><td>")
                .append(Html.escape(meaning))
                .append("</td><td class=\"num\">").append(Html.count(count)).append("</td><td class=\"num\">")
                .append(Html.escape(missed.missed() == 0 ? "n/a" : Html.percent((double) count / missed.missed())))
                .append("</td><td class=\"num\">")
                .append(Html.escape(missed.trueMatches() == 0 ? "n/a"
                        : Html.percent((double) count / missed.trueMatches())))
                .append("</td></tr>\n");
    }

    private String explainedPairs() {
        List<ExplainedPair> pairs = orEmpty(report.pairs()).stream()
                .filter(pair -> pair != null && pair.explanation() != null).toList();
        if (pairs.isEmpty()) {
            unavailable.put("explained pairs", deterministicOnly() ? NO_MODEL : "none recorded");
            return null;
        }
        StringBuilder html = new StringBuilder(caption("The links the model was least sure of and, with ground "
                + "truth, true matches the run missed. Open a pair to see how its match weight builds up from the "
                + "prior, comparison by comparison; the numbers on the right are each step's weight in bits."));
        html.append("<p class=\"legend\">").append(swatch(ReportCharts.GREY, "prior"))
                .append(swatch(ReportCharts.GREEN, "level raises the weight"))
                .append(swatch(ReportCharts.RED, "level lowers it"))
                .append(swatch(ReportCharts.LIGHT_GREEN, "rare value (term frequency)"))
                .append(swatch(ReportCharts.LIGHT_RED, "common value"))
                .append(swatch(ReportCharts.BLUE, "final match weight")).append("</p>\n");
        for (int i = 0; i < pairs.size(); i++) {
            ExplainedPair pair = pairs.get(i);
            PairExplanation explanation = pair.explanation();
            String why = Objects.toString(pair.why(), "pair");
            html.append(i == 0 ? "<details open>" : "<details>").append("<summary><span class=\"why ")
                    .append(ExplainedPair.MISSED_MATCH.equals(why) ? "missed" : "doubtful").append("\">")
                    .append(Html.escape(why)).append("</span> <code>").append(Html.escape(explanation.leftId()))
                    .append("</code> \u2194 <code>").append(Html.escape(explanation.rightId()))
                    .append("</code> \u00b7 weight ").append(Html.escape(Html.weight(explanation.matchWeight())))
                    .append(" \u00b7 p = ").append(Html.escape(Html.probability(explanation.matchProbability())))
                    .append("</summary>\n").append(figure(ReportCharts.waterfall(explanation)))
                    .append("</details>\n");
        }
        return html.toString();
    }

    private String validationIssues() {
        Map<String, Long> issues = orEmpty(report.validationIssues());
        if (issues.isEmpty()) {
            return null;
        }
        StringBuilder html = new StringBuilder(caption("Values present but unusable for matching, per column and "
                + "problem; they were treated as missing, never matched as they stood."));
        html.append("<table>\n<thead><tr><th>column: problem</th><th class=\"num\">values</th></tr></thead>\n")
                .append("<tbody>\n");
        issues.forEach((issue, count) -> html.append("<tr><td>").append(Html.escape(issue))
                .append("</td><td class=\"num\">").append(Html.count(nonNull(count))).append("</td></tr>\n"));
        return html.append("</tbody>\n</table>\n").toString();
    }

    private String timings() {
        Map<String, Long> timings = orEmpty(report.timingsMillis());
        if (timings.isEmpty()) {
            unavailable.put("timings", "not recorded");
            return null;
        }
        long total = timings.values().stream().filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> rows = timings.entrySet().stream()
                .map(stage -> Map.entry(Objects.toString(stage.getKey(), ""), nonNull(stage.getValue()))).toList();
        return caption("Wall-clock time of each stage, " + Html.millis(total) + " in all; peak memory "
                + Html.count(report.peakMemoryMegabytes()) + " MB.")
                + figure(ReportCharts.bars(rows, total, "the run", Html::millis, ReportCharts.GREY,
                        "Time per stage"));
    }

    private static String caption(String text) {
        return "<p class=\"caption\">" + Html.escape(text) + "</p>\n";
    }

    private static String figure(String svg) {
        return "<figure>" + svg + "</figure>\n";
    }

    private static String swatch(String colour, String meaning) {
        return "<span class=\"item\"><span class=\"swatch\" style=\"background:" + colour + "\"></span>"
                + Html.escape(meaning) + "</span> ";
    }

    private static long nonNull(Long value) {
        return value == null ? 0 : value;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
