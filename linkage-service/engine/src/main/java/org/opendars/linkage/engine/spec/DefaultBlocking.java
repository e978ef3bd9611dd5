package org.opendars.linkage.engine.spec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Blocking rules for the default spec. Each rule pairs fields that fail independently (a personal field with
 * another personal or a locational one), so a true pair survives an error in any single field; rules are
 * taken in order of how telling they are while their estimated comparisons fit the budget.
 */
final class DefaultBlocking {

    /** A single rule may not take more than this share of the budget, so one loose rule cannot crowd out others. */
    private static final double MAX_SHARE_PER_RULE = 0.5;

    /** More rules add little recall once every field is covered twice, and each costs a pass over the data. */
    private static final int MAX_RULES = 12;
    /** Places paired with personal fields: the most telling ones; states and towns are too coarse. */
    private static final int PLACES_FOR_BLOCKING = 3;

    private DefaultBlocking() {
    }

    static List<List<String>> rules(Map<String, ColumnKind> kinds, Map<ColumnKind, List<String>> byKind,
            BlockingCosts costs, double budget) {
        List<List<String>> candidates = candidates(kinds, byKind, costs);
        List<List<String>> rules = new ArrayList<>();
        double spent = 0;
        for (List<String> rule : candidates) {
            double cost = costs.comparisons(rule);
            boolean affordable = cost <= budget * MAX_SHARE_PER_RULE && spent + cost <= budget;
            if (rules.size() < MAX_RULES && !rules.contains(rule) && affordable) {
                rules.add(rule);
                spent += cost;
            }
        }
        if (rules.isEmpty()) {
            candidates.stream().min(Comparator.comparingDouble(costs::comparisons)).ifPresent(rules::add);
        }
        return rules;
    }

    private static List<List<String>> candidates(Map<String, ColumnKind> kinds, Map<ColumnKind, List<String>> byKind,
            BlockingCosts costs) {
        List<List<String>> out = new ArrayList<>();
        for (ColumnKind strong : List.of(ColumnKind.NHS_NUMBER, ColumnKind.IDENTIFIER, ColumnKind.EMAIL)) {
            byKind.getOrDefault(strong, List.of()).forEach(column -> out.add(List.of(column)));
        }
        List<String> personal = new ArrayList<>();
        for (ColumnKind kind : List.of(ColumnKind.DATE_OF_BIRTH, ColumnKind.FAMILY_NAME, ColumnKind.GIVEN_NAME)) {
            personal.addAll(byKind.getOrDefault(kind, List.of()));
        }
        List<String> locational = kinds.entrySet().stream().filter(e -> e.getValue().locational())
                .map(Map.Entry::getKey).sorted(Comparator.comparingDouble(column -> costs.comparisons(List.of(column))))
                .limit(PLACES_FOR_BLOCKING).toList();
        for (int i = 0; i < personal.size(); i++) {
            for (int j = i + 1; j < personal.size(); j++) {
                out.add(List.of(personal.get(i), personal.get(j)));
            }
        }
        for (String person : personal) {
            locational.forEach(place -> out.add(List.of(person, place)));
        }
        for (int i = 0; i < locational.size(); i++) {
            for (int j = i + 1; j < locational.size(); j++) {
                out.add(List.of(locational.get(i), locational.get(j)));
            }
        }
        // Single fields last: cheap enough only in small files, where they rescue pairs with two bad fields.
        personal.forEach(column -> out.add(List.of(column)));
        locational.forEach(column -> out.add(List.of(column)));
        return out;
    }
}
