package org.opendars.linkage.engine.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Estimates from the sample how many comparisons a blocking rule would make on the whole files: the chance
 * that two random records share the rule's key, times the number of pairs.
 */
final class BlockingCosts {

    private final DataSample sample;

    BlockingCosts(DataSample sample) {
        this.sample = sample;
    }

    double comparisons(List<String> rule) {
        Map<String, Integer> counts = new HashMap<>();
        int rows = sample.sampledRows();
        for (int row = 0; row < rows; row++) {
            StringBuilder key = new StringBuilder();
            boolean complete = true;
            for (String column : rule) {
                String value = sample.rows().get(column).get(row).trim().toLowerCase(Locale.ROOT);
                if (value.isEmpty()) {
                    complete = false;
                    break;
                }
                key.append(value).append('\u0001');
            }
            if (complete) {
                counts.merge(key.toString(), 1, Integer::sum);
            }
        }
        double collisions = 0;
        for (int n : counts.values()) {
            collisions += (double) n * (n - 1);
        }
        double chance = rows < 2 ? 0 : collisions / ((double) rows * (rows - 1));
        double pairs = sample.dedupe()
                ? sample.leftRecords() * (sample.leftRecords() - 1) / 2.0
                : (double) sample.leftRecords() * sample.rightRecords();
        return chance * pairs;
    }
}
