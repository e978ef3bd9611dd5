package org.opendars.linkage.engine.probabilistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendars.linkage.engine.data.Dictionary;
import org.opendars.linkage.engine.data.Table;

class BlockingBudgetTest {

    private static final List<String> COLUMNS = List.of("dob", "surname", "town", "flag");
    private static final Set<String> USABLE = new LinkedHashSet<>(COLUMNS);

    /** 400 records on each side: 4 dates of birth, 40 surnames, 20 towns, one flag value for all. */
    private static Table[] tables() {
        Map<String, Dictionary> dictionaries = new HashMap<>();
        Table left = new Table("left", COLUMNS, dictionaries, false);
        Table right = new Table("right", COLUMNS, dictionaries, false);
        for (int i = 0; i < 400; i++) {
            String[] values = {"d" + i % 4, "s" + i % 40, "t" + i % 20, "y"};
            left.add("l" + i, null, values);
            right.add("r" + i, null, values);
        }
        return new Table[] {left, right};
    }

    @Test
    void keepsRulesWithinTheBudgetAsTheyAre() {
        Table[] t = tables();
        List<List<String>> rules = List.of(List.of("surname"), List.of("town"));

        BlockingBudget.Outcome outcome = BlockingBudget.apply(rules, USABLE, t[0], t[1], 1_000, 10_000);

        assertThat(outcome.rules()).isEqualTo(rules);
        assertThat(outcome.changes()).isEmpty();
    }

    @Test
    void replacesARuleOverTheBudgetByTheNarrowerOnesThatKeepTheMostPairs() {
        Table[] t = tables();
        // dob alone: 4 blocks of 100 x 100 = 40,000 pairs.
        List<List<String>> rules = List.of(List.of("dob"));

        BlockingBudget.Outcome outcome = BlockingBudget.apply(rules, USABLE, t[0], t[1], 1_000, 10_000);

        // dob+town: 20 blocks of 20 x 20 = 8,000, dob+surname: 40 blocks of 10 x 10 = 4,000; the flag narrows nothing.
        assertThat(outcome.rules()).containsExactly(List.of("dob", "town"), List.of("dob", "surname"));
        assertThat(outcome.changes()).singleElement().asString()
                .contains("dob would make 40,000 comparisons, over the budget of 10,000")
                .contains("dob+town (8,000)").contains("dob+surname (4,000)");
    }

    @Test
    void dropsARuleOverTheBudgetWhoseNarrowerFormsTheRulesThatStayCover() {
        Table[] t = tables();
        List<List<String>> rules = List.of(List.of("dob"), List.of("surname"), List.of("town"));

        BlockingBudget.Outcome outcome = BlockingBudget.apply(rules, Set.of("dob", "surname", "town"), t[0], t[1],
                1_000_000, 10_000);

        // dob+surname and dob+town find only pairs that surname and town find already.
        assertThat(outcome.rules()).containsExactly(List.of("surname"), List.of("town"));
        assertThat(outcome.changes()).singleElement().asString().contains("blocking rule dob").contains("dropped");
    }

    @Test
    void aRuleThatIsItselfOverTheBudgetCoversNothing() {
        Table[] t = tables();
        List<List<String>> rules = List.of(List.of("flag"), List.of("dob"));

        BlockingBudget.Outcome outcome = BlockingBudget.apply(rules, USABLE, t[0], t[1], 1_000_000, 10_000);

        // dob+flag would be covered by flag, were flag to stay; it does not, so dob is narrowed by town and surname.
        assertThat(outcome.rules()).contains(List.of("dob", "town"), List.of("dob", "surname"))
                .doesNotContain(List.of("dob"), List.of("flag"));
    }

    @Test
    void refusesARuleThatNoColumnBringsWithinTheBudgetNamingTheRuleAndTheBudget() {
        Table[] t = tables();

        assertThatThrownBy(() -> BlockingBudget.apply(List.of(List.of("flag")), Set.of("flag", "dob"), t[0], t[1],
                1_000_000, 100))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blocking rule flag would make 160,000 comparisons, over the budget of 100")
                .hasMessageContaining("maxComparisonsPerRule");
    }

    @Test
    void sizesTheAutomaticBudgetByTheRecordsRead() {
        Table[] t = tables();

        assertThat(BlockingBudget.budget(0, t[0], t[1])).isEqualTo(2_000_000);
        assertThat(BlockingBudget.budget(5_000, t[0], t[1])).isEqualTo(5_000);
        assertThat(BlockingBudget.budget(0, t[0], t[0])).isEqualTo(2_000_000);
    }
}
