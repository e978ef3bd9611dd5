package org.opendars.linkage.engine.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusteringTest {

    @Test
    void refusesToChainTwoRecordsThatClearlyDiffer() {
        ScoredPairs links = new ScoredPairs();
        links.add(0, 1, 20);
        links.add(1, 2, 15);
        ScoredPairs vetoes = new ScoredPairs();
        vetoes.add(0, 2, -12);

        Clustering.Clusters clusters = Clustering.cluster(3, links, vetoes, 100);

        assertThat(clusters.clusterOf()).containsExactly(0, 0, 2);
        assertThat(clusters.refusedMerges()).isEqualTo(1);
    }

    @Test
    void joinsAChainWhenNothingContradictsIt() {
        ScoredPairs links = new ScoredPairs();
        links.add(0, 1, 20);
        links.add(1, 2, 15);
        links.add(3, 4, 9);

        Clustering.Clusters clusters = Clustering.cluster(5, links, new ScoredPairs(), 100);

        assertThat(clusters.clusterOf()).containsExactly(0, 0, 0, 3, 3);
    }

    @Test
    void keepsEachRecordsBestLinkOnlyOnce() {
        ScoredPairs links = new ScoredPairs();
        links.add(0, 0, 10);
        links.add(0, 1, 12);
        links.add(1, 1, 11);

        OneToOneLinks.Selection selection = OneToOneLinks.select(links, new boolean[2], new boolean[2]);

        assertThat(selection.selected()).containsExactly(1);
        assertThat(selection.ambiguous()).isZero();
    }

    @Test
    void leavesARecordWithTwoEquallyGoodLinksUnlinked() {
        ScoredPairs links = new ScoredPairs();
        links.add(0, 0, 10);
        links.add(0, 1, 10);

        OneToOneLinks.Selection selection = OneToOneLinks.select(links, new boolean[1], new boolean[2]);

        assertThat(selection.selected()).isEmpty();
        assertThat(selection.ambiguous()).isEqualTo(1);
    }
}
