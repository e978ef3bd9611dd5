package org.opendars.linkage.engine.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongFunction;
import org.opendars.linkage.engine.probabilistic.PairExplanation;

/** The SVG charts of the HTML quality report, each about 960 pixels wide. */
final class ReportCharts {

    static final int WIDTH = 960;

    static final String BLUE = "#2b6cb0";
    static final String ORANGE = "#dd6b20";
    static final String GREEN = "#2f855a";
    static final String RED = "#c53030";
    static final String GREY = "#718096";
    static final String LIGHT_GREEN = "#68d391";
    static final String LIGHT_RED = "#fc8181";
    static final String PURPLE = "#6b46c1";
    static final String AMBER = "#d69e2e";
    static final String SLATE = "#a0aec0";
    private static final String GRID = "#e2e8f0";
    private static final String AXIS = "#4a5568";

    private ReportCharts() {
    }

    /** Scored pairs per one-bit weight bin on a log count axis, split at the link threshold. */
    static String weightHistogram(Map<String, Long> histogram, double linkWeight, String thresholdLabel) {
        TreeMap<Integer, Long> bins = new TreeMap<>();
        histogram.forEach((bin, count) -> {
            if (bin != null && count != null && count > 0 && bin.strip().matches("-?\\d+")) {
                bins.merge(Integer.parseInt(bin.strip()), count, Long::sum);
            }
        });
        if (bins.isEmpty()) {
            return null;
        }
        int first = Math.min(bins.firstKey(), (int) Math.floor(linkWeight));
        int last = Math.max(bins.lastKey() + 1, (int) Math.ceil(linkWeight) + 1);
        int step = last - first > 60 ? 10 : 5;
        int low = Math.floorDiv(first, step) * step;
        int high = -Math.floorDiv(-last, step) * step;
        long most = bins.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int decades = Math.max(1, (int) Math.ceil(Math.log10(most)));
        // The axis starts half a decade below one, so that a bin holding a single pair still shows.
        double base = Math.log10(0.5);
        int left = 78;
        int top = 34;
        int plotWidth = WIDTH - left - 20;
        int plotHeight = 230;
        int bottom = top + plotHeight;
        Svg svg = new Svg(WIDTH, bottom + 48, "Histogram of scored pairs by match weight");
        for (int d = 0; d <= decades; d++) {
            double y = bottom - (d - base) / (decades - base) * plotHeight;
            svg.line(left, y, left + plotWidth, y, GRID, false);
            svg.text(left - 6, y + 4, d <= 6 ? Html.count((long) Math.pow(10, d)) : "1e" + d, "end", "axis");
        }
        double binWidth = (double) plotWidth / (high - low);
        for (Map.Entry<Integer, Long> bin : bins.entrySet()) {
            double x = left + (bin.getKey() - low) * binWidth;
            double y = bottom - (Math.log10(bin.getValue()) - base) / (decades - base) * plotHeight;
            svg.rect(x + 0.5, y, binWidth - 1, bottom - y, bin.getKey() >= linkWeight ? GREEN : SLATE,
                    "weight " + bin.getKey() + " to " + (bin.getKey() + 1) + ": " + Html.count(bin.getValue())
                            + " pairs");
        }
        for (int tick = low; tick <= high; tick += step) {
            double x = left + (tick - low) * binWidth;
            svg.line(x, bottom, x, bottom + 5, AXIS, false);
            svg.text(x, bottom + 18, Integer.toString(tick), "middle", "axis");
        }
        svg.line(left, bottom, left + plotWidth, bottom, AXIS, false);
        svg.line(left, top, left, bottom, AXIS, false);
        double threshold = left + (linkWeight - low) * binWidth;
        svg.line(threshold, top - 14, threshold, bottom, RED, true);
        svg.text(threshold + (threshold > WIDTH * 0.7 ? -6 : 6), top - 4, thresholdLabel,
                threshold > WIDTH * 0.7 ? "end" : "start", "label");
        svg.text(left + plotWidth / 2.0, bottom + 40, "match weight (bits)", "middle", "axis-title");
        svg.verticalText(18, top + plotHeight / 2.0, "scored pairs (log scale)");
        return svg.toString();
    }

    /**
     * The levels of one comparison: m and u as bars on a shared log axis from 10^{@code floorExponent} to 1, the
     * weight log2(m/u) as a number and as a bar diverging from zero, scaled to {@code largestWeight}.
     */
    static String comparisonLevels(String comparison, List<ModelLevel> levels, int floorExponent,
            double largestWeight) {
        int rowHeight = 36;
        int top = 26;
        int barsLeft = 230;
        int barsWidth = 330;
        int centre = 835;
        int half = 95;
        int rowsBottom = top + levels.size() * rowHeight;
        Svg svg = new Svg(WIDTH, rowsBottom + 28, "m and u probabilities and weights of comparison " + comparison);
        svg.text(barsLeft - 10, 14, "level", "end", "axis-title");
        svg.text(barsLeft, 14, "m and u (log scale)", "start", "axis-title");
        svg.text(725, 14, "weight", "end", "axis-title");
        svg.text(centre, 14, "log2(m/u)", "middle", "axis-title");
        for (int e = floorExponent; e <= 0; e++) {
            double x = barsLeft + (double) (e - floorExponent) / -floorExponent * barsWidth;
            svg.line(x, top, x, rowsBottom + 4, GRID, false);
            svg.text(x, rowsBottom + 18, e == 0 ? "1" : e == -1 ? "0.1" : e == -2 ? "0.01" : "1e" + e, "middle",
                    "axis");
        }
        for (int i = 0; i < levels.size(); i++) {
            ModelLevel level = levels.get(i);
            double y = top + i * rowHeight;
            svg.line(0, y, WIDTH, y, GRID, false);
            svg.label(barsLeft - 10, y + 22, level.level(), "end", 32);
            bar(svg, level.m(), y + 5, barsLeft, barsWidth, floorExponent, BLUE, "m");
            bar(svg, level.u(), y + 19, barsLeft, barsWidth, floorExponent, ORANGE, "u");
            svg.text(725, y + 22, Html.weight(level.weight()), "end", "value");
            double length = Double.isNaN(level.weight()) ? 0
                    : Math.min(half, Math.abs(level.weight()) / largestWeight * half);
            svg.rect(level.weight() >= 0 ? centre : centre - length, y + 10, length, 16,
                    level.weight() >= 0 ? GREEN : RED, level.level() + ": weight " + Html.weight(level.weight()));
        }
        svg.line(0, rowsBottom, WIDTH, rowsBottom, GRID, false);
        svg.line(centre, top, centre, rowsBottom, AXIS, false);
        svg.text(centre - half, rowsBottom + 18, Html.weight(-largestWeight), "middle", "axis");
        svg.text(centre + half, rowsBottom + 18, Html.weight(largestWeight), "middle", "axis");
        return svg.toString();
    }

    private static void bar(Svg svg, double probability, double y, int left, int width, int floorExponent,
            String colour, String name) {
        String value = name + " " + Html.probability(probability);
        if (probability > 0 && Double.isFinite(probability)) {
            double exponent = Math.max(floorExponent, Math.min(0, Math.log10(probability)));
            svg.rect(left, y, (exponent - floorExponent) / -floorExponent * width, 11, colour, value);
        }
        svg.text(left + width + 8, y + 10, value, "start", "axis");
    }

    /**
     * One horizontal bar per row, each labelled with its value (as {@code format} writes it) and its share of
     * {@code denominator}; the bars leave room for the longest label.
     */
    static String bars(List<Map.Entry<String, Long>> rows, long denominator, String shareOf,
            LongFunction<String> format, String colour, String description) {
        int rowHeight = 26;
        int left = 240;
        LongFunction<String> text = value -> format.apply(value) + (denominator > 0
                ? " (" + Html.percent((double) value / denominator) + " of " + shareOf + ")" : "");
        int longestText = rows.stream().mapToInt(row -> text.apply(nonNull(row.getValue())).length()).max().orElse(0);
        int width = (int) Math.min(470, WIDTH - left - 16 - longestText * 6.8);
        long largest = Math.max(1, rows.stream().mapToLong(row -> nonNull(row.getValue())).max().orElse(1));
        Svg svg = new Svg(WIDTH, rows.size() * rowHeight + 8, description);
        for (int i = 0; i < rows.size(); i++) {
            long value = nonNull(rows.get(i).getValue());
            double y = 4 + i * rowHeight;
            double length = (double) value / largest * width;
            String label = text.apply(value);
            svg.label(left - 10, y + 15, rows.get(i).getKey(), "end", 34);
            svg.rect(left, y + 3, length, 17, colour, rows.get(i).getKey() + ": " + label);
            svg.text(left + length + 6, y + 16, label, "start", "value");
        }
        svg.line(left, 0, left, rows.size() * rowHeight + 8, AXIS, false);
        return svg.toString();
    }

    static final String[] MISSED_COLOURS = {GREEN, RED, ORANGE, AMBER, PURPLE};
    static final String[] MISSED_CAUSES = {"linked", "never blocked", "in skipped blocks", "below threshold",
        "lost in decision"};

    /** Where true matches went: all of them (linked or lost by each cause), then the missed ones alone. */
    static String missedPairs(MissedPairs missed) {
        long[] counts = {missed.linked(), missed.neverBlocked(), missed.inSkippedBlocks(), missed.belowThreshold(),
                missed.lostInDecision()};
        Svg svg = new Svg(WIDTH, 146, "Stacked bars of where true matches were lost");
        stack(svg, 10, "all true matches", counts, 0, MISSED_COLOURS, MISSED_CAUSES, missed.trueMatches());
        stack(svg, 80, "missed only", counts, 1, MISSED_COLOURS, MISSED_CAUSES, missed.missed());
        return svg.toString();
    }

    private static void stack(Svg svg, double y, String title, long[] counts, int from, String[] colours,
            String[] causes, long total) {
        int left = 160;
        int width = WIDTH - left - 20;
        svg.text(left - 10, y + 23, title, "end", "axis-title");
        svg.rect(left, y, width, 36, "#f7fafc", null);
        double x = left;
        for (int i = from; i < counts.length && total > 0; i++) {
            double length = (double) counts[i] / total * width;
            String share = Html.percent((double) counts[i] / total);
            svg.rect(x, y, length, 36, colours[i], causes[i] + ": " + Html.count(counts[i]) + " (" + share + ")");
            if (length > 64) {
                svg.text(x + length / 2, y + 23, share, "middle", "inside");
            }
            x += length;
        }
        svg.line(left, y + 36, left + width, y + 36, AXIS, false);
        for (int tick = 0; tick <= 4; tick++) {
            svg.text(left + tick * width / 4.0, y + 50, tick * 25 + "%", "middle", "axis");
        }
        if (total == 0) {
            svg.text(left + width / 2.0, y + 23, "none", "middle", "label");
        }
    }

    /**
     * How a pair's match weight builds up: the prior, then each comparison's weight and term-frequency adjustment
     * rising or falling from the running total, and the final weight drawn from zero.
     */
    static String waterfall(PairExplanation pair) {
        record Step(String label, double from, double to, String colour, String value) {
        }
        List<Step> steps = new ArrayList<>();
        double total = finite(pair.priorWeight());
        steps.add(new Step("prior (before any comparison)", 0, total, GREY, Html.weight(pair.priorWeight())));
        for (PairExplanation.Contribution contribution : pair.contributions() == null
                ? List.<PairExplanation.Contribution>of() : pair.contributions()) {
            double weight = finite(contribution.weight());
            steps.add(new Step(contribution.comparison() + ": " + contribution.level(), total, total + weight,
                    weight >= 0 ? GREEN : RED, Html.weight(contribution.weight())));
            total += weight;
            double frequency = finite(contribution.termFrequencyWeight());
            if (frequency != 0) {
                steps.add(new Step(contribution.comparison() + ": term frequency", total, total + frequency,
                        frequency >= 0 ? LIGHT_GREEN : LIGHT_RED, Html.weight(contribution.termFrequencyWeight())));
                total += frequency;
            }
        }
        steps.add(new Step("match weight (p = " + Html.probability(pair.matchProbability()) + ")", 0,
                finite(pair.matchWeight()), BLUE, Html.weight(pair.matchWeight())));
        double low = 0;
        double high = 0;
        for (Step step : steps) {
            low = Math.min(low, Math.min(step.from(), step.to()));
            high = Math.max(high, Math.max(step.from(), step.to()));
        }
        double tickStep = niceStep(high - low);
        low = Math.floor(low / tickStep) * tickStep;
        high = Math.max(low + tickStep, Math.ceil(high / tickStep) * tickStep);
        int rowHeight = 24;
        int left = 330;
        int width = 540;
        int bottom = 8 + steps.size() * rowHeight;
        double scaleLow = low;
        double scale = width / (high - low);
        DoubleUnaryOperator x = w -> left + (w - scaleLow) * scale;
        Svg svg = new Svg(WIDTH, bottom + 42, "Waterfall of the match weight of " + pair.leftId() + " and "
                + pair.rightId());
        for (double tick = low; tick <= high + 1e-9; tick += tickStep) {
            svg.line(x.applyAsDouble(tick), 4, x.applyAsDouble(tick), bottom, GRID, false);
            String label = Math.abs(tick) < 1e-9 ? "0" : Html.weight(tick).replace(".00", "");
            svg.text(x.applyAsDouble(tick), bottom + 16, label, "middle", "axis");
        }
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            double y = 8 + i * rowHeight;
            double from = x.applyAsDouble(Math.min(step.from(), step.to()));
            double to = x.applyAsDouble(Math.max(step.from(), step.to()));
            svg.label(left - 10, y + 15, step.label(), "end", 48);
            svg.rect(from, y + 3, Math.max(1.5, to - from), 16, step.colour(), step.label() + ": " + step.value());
            svg.text(WIDTH - 10, y + 15, step.value(), "end", "value");
            if (i + 1 < steps.size() - 1) {
                svg.line(x.applyAsDouble(step.to()), y + 19, x.applyAsDouble(step.to()), y + rowHeight + 3, AXIS,
                        true);
            }
        }
        svg.line(x.applyAsDouble(0), 4, x.applyAsDouble(0), bottom, AXIS, false);
        svg.line(left, bottom, left + width, bottom, AXIS, false);
        svg.text(left + width / 2.0, bottom + 34, "match weight (bits)", "middle", "axis-title");
        return svg.toString();
    }

    private static double niceStep(double range) {
        for (double step : new double[] {1, 2, 5, 10, 20, 50, 100}) {
            if (range / step <= 12) {
                return step;
            }
        }
        return 200;
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    private static long nonNull(Long value) {
        return value == null ? 0 : value;
    }
}
