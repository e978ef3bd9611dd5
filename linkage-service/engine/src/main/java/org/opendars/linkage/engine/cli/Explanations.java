package org.opendars.linkage.engine.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.opendars.linkage.engine.probabilistic.PairExplanation;
import org.opendars.linkage.engine.run.LinkRows;
import org.opendars.linkage.engine.run.LinkageResult;

/** Explanations of the links a reviewer should look at first: those the model was least sure of. */
final class Explanations {

    private Explanations() {
    }

    static List<PairExplanation> doubtfulLinks(LinkageResult result, int count) {
        LinkRows links = result.links();
        List<PairExplanation> explanations = new ArrayList<>();
        IntStream.range(0, links.size()).boxed()
                .sorted(Comparator.comparingDouble(links::weight))
                .limit(count)
                .forEach(i -> explanations.add(result.scorer().explain(result.tables().left(), links.left(i),
                        result.tables().right(), links.right(i))));
        return explanations;
    }
}
