package org.opendars.linkage.engine.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendars.linkage.engine.data.Dictionary;
import org.opendars.linkage.engine.data.Table;

class BlockerTest {

    private final Map<String, Dictionary> dictionaries = new HashMap<>();

    private Table table(String name, String[][] rows) {
        Table table = new Table(name, List.of("surname", "dob"), dictionaries, false);
        for (int i = 0; i < rows.length; i++) {
            table.add(name + i, null, rows[i]);
        }
        return table;
    }

    private static List<String> pairs(Blocker blocker) {
        List<String> pairs = new ArrayList<>();
        for (int l = 0; l < blocker.leftSize(); l++) {
            blocker.forEachCandidate(l, (a, b, rule) -> pairs.add(a + "-" + b + "@" + rule));
        }
        return pairs;
    }

    @Test
    void producesAPairFoundByTwoRulesOnlyOnceByTheFirstRule() {
        Table left = table("l", new String[][] {{"smith", "1970-01-02"}, {"jones", "1980-05-06"}});
        Table right = table("r", new String[][] {{"smith", "1970-01-02"}, {"brown", "1980-05-06"}, {null, null}});

        Blocker blocker = new Blocker(List.of(List.of("surname"), List.of("dob")), left, right, 100);

        assertThat(pairs(blocker)).containsExactly("0-0@0", "1-1@1");
        assertThat(blocker.comparisonsPerRule()).containsExactly(1, 2);
    }

    @Test
    void comparesEachPairWithinOneFileOnceWhenDeduplicating() {
        Table file = table("f", new String[][] {{"smith", "a"}, {"smith", "b"}, {"smith", "c"}, {"jones", "d"}});

        Blocker blocker = new Blocker(List.of(List.of("surname")), file, file, 100);

        assertThat(pairs(blocker)).containsExactly("0-1@0", "0-2@0", "1-2@0");
        assertThat(blocker.comparisonsPerRule()).containsExactly(3);
    }

    @Test
    void skipsBlocksLargerThanTheLimitOnEitherSide() {
        Table left = table("l", new String[][] {{"smith", "1"}, {"smith", "2"}, {"smith", "3"}, {"jones", "4"}});
        Table right = table("r", new String[][] {{"smith", "5"}, {"jones", "6"}});

        Blocker blocker = new Blocker(List.of(List.of("surname")), left, right, 2);

        assertThat(pairs(blocker)).containsExactly("3-1@0");
        assertThat(blocker.recordsInSkippedBlocks()).isEqualTo(3);
    }
}
