package org.opendars.linkage.engine.run;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opendars.linkage.engine.data.Table;
import org.opendars.linkage.engine.probabilistic.BlockingBudget;
import org.opendars.linkage.engine.Progress;
import org.opendars.linkage.engine.deterministic.DeterministicLinker;
import org.opendars.linkage.engine.probabilistic.Blocker;
import org.opendars.linkage.engine.probabilistic.Clustering;
import org.opendars.linkage.engine.probabilistic.Comparison;
import org.opendars.linkage.engine.probabilistic.Comparisons;
import org.opendars.linkage.engine.probabilistic.ModelParameters;
import org.opendars.linkage.engine.probabilistic.ModelTrainer;
import org.opendars.linkage.engine.probabilistic.OneToOneLinks;
import org.opendars.linkage.engine.probabilistic.PairScorer;
import org.opendars.linkage.engine.probabilistic.Prediction;
import org.opendars.linkage.engine.spec.LinkSpec;

/**
 * One linkage or deduplication run over loaded tables: deterministic ranks (when configured), then
 * training (unless a model is given), blocking, scoring, one-to-one selection or clustering, and the report.
 */
public final class LinkageRun {

    /** The spec as given, and once the files are loaded as run: its blocking rules held to the budget. */
    private LinkSpec spec;
    private final Progress progress;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private long stageStart = System.nanoTime();

    public LinkageRun(LinkSpec spec, Progress progress) {
        this.spec = spec;
        this.progress = progress;
    }

    /** Records how long loading took when the caller loaded the tables itself. */
    public LinkageRun withTiming(String stage, long millis) {
        timings.put(stage, millis);
        return this;
    }

    public LinkageResult execute(LoadedTables tables, ModelParameters givenModel) {
        var left = tables.left();
        var right = tables.right();
        boolean dedupe = tables.dedupe();
        stageStart = System.nanoTime();
        DeterministicLinker.LinkOutcome ranks = null;
        if (!dedupe && spec.deterministic().enabled()) {
            ranks = DeterministicStage.run(spec.deterministic(), left, right);
            lap("deterministic");
        }
        spec = withinBudget(left, right);
        List<Comparison> comparisons = Comparisons.bind(spec.comparisons(), left, right);
        ModelParameters model = givenModel != null ? givenModel
                : new ModelTrainer(spec, comparisons, left, right, progress).train();
        lap("training");
        PairScorer scorer = new PairScorer(comparisons, model);
        Blocker blocker = new Blocker(spec.blocking(), left, right, spec.thresholds().maxBlockSize());
        long[] perRule = blocker.comparisonsPerRule();
        reportBlocking(perRule);
        double linkWeight = PairScorer.weightOf(spec.thresholds().matchProbability());
        double vetoWeight = dedupe ? spec.thresholds().vetoWeight() : Double.NEGATIVE_INFINITY;
        Prediction prediction = Prediction.run(blocker, scorer, linkWeight, vetoWeight, progress);
        lap("scoring");
        progress.report(String.format(Locale.ROOT, "scored %,d comparisons, %,d above threshold",
                prediction.comparisons(), prediction.links().size()));
        ReportBuilder report = new ReportBuilder(spec, tables, blocker, perRule, prediction, timings, scorer, model,
                linkWeight);
        LinkRows links = new LinkRows();
        int[] clusterOf = null;
        if (dedupe) {
            Clustering.Clusters clusters = Clustering.cluster(left.size(), prediction.links(), prediction.vetoes(),
                    spec.thresholds().maxClusterSize());
            clusterOf = clusters.clusterOf();
            for (int i = 0; i < prediction.links().size(); i++) {
                links.add(prediction.links().left(i), prediction.links().right(i), prediction.links().weight(i), 0);
            }
            report.clusters(clusterOf, clusters.refusedMerges());
        } else {
            selectLinks(ranks, prediction, scorer, linkWeight, links, report, left.size(), right.size());
        }
        lap("decision");
        return new LinkageResult(tables, model, scorer, links, clusterOf, report.build(links));
    }

    /** The spec with its blocking rules held to the comparison budget, each change reported. */
    private LinkSpec withinBudget(Table left, Table right) {
        Set<String> columns = new LinkedHashSet<>();
        spec.comparisons().forEach(comparison -> columns.addAll(comparison.columns()));
        long budget = BlockingBudget.budget(spec.thresholds().maxComparisonsPerRule(), left, right);
        BlockingBudget.Outcome outcome = BlockingBudget.apply(spec.blocking(), columns, left, right,
                spec.thresholds().maxBlockSize(), budget);
        outcome.changes().forEach(progress::report);
        return outcome.changes().isEmpty() ? spec : spec.withBlocking(outcome.rules());
    }

    private void selectLinks(DeterministicLinker.LinkOutcome ranks, Prediction prediction, PairScorer scorer,
            double linkWeight, LinkRows links, ReportBuilder report, int leftSize, int rightSize) {
        boolean[] leftTaken = new boolean[leftSize];
        boolean[] rightTaken = new boolean[rightSize];
        if (ranks != null) {
            for (int l = 0; l < leftSize; l++) {
                int person = ranks.personRow()[l];
                double weight = person >= 0 ? scorer.weight(l, person) : 0;
                if (person >= 0 && (!spec.deterministic().needsConfirmation(ranks.rank()[l]) || weight >= linkWeight)) {
                    links.add(l, person, weight, ranks.rank()[l]);
                    leftTaken[l] = true;
                    rightTaken[person] = spec.thresholds().oneToOne();
                }
                leftTaken[l] |= ranks.ambiguous(l);
            }
            report.deterministic(ranks);
        }
        var scored = prediction.links();
        if (spec.thresholds().oneToOne()) {
            OneToOneLinks.Selection selection = OneToOneLinks.select(scored, leftTaken, rightTaken);
            for (int i : selection.selected()) {
                links.add(scored.left(i), scored.right(i), scored.weight(i), 0);
            }
            report.ambiguousProbabilistic(selection.ambiguous());
        } else {
            for (int i = 0; i < scored.size(); i++) {
                if (!leftTaken[scored.left(i)]) {
                    links.add(scored.left(i), scored.right(i), scored.weight(i), 0);
                }
            }
        }
    }

    private void reportBlocking(long[] perRule) {
        for (int r = 0; r < perRule.length; r++) {
            progress.report(String.format(Locale.ROOT, "blocking rule %s: %,d comparisons", spec.blocking().get(r),
                    perRule[r]));
        }
    }

    private void lap(String stage) {
        long now = System.nanoTime();
        timings.merge(stage, (now - stageStart) / 1_000_000, Long::sum);
        stageStart = now;
    }
}
