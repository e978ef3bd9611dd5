package org.opendars.linkage.engine.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Training for the default spec. EM sessions are blocked on fields that identify a person (date of birth,
 * full name, an identifier, an e-mail), never on a place, which would let households pass for persons. The
 * prior comes from pairs agreeing on the most identifying rule available.
 */
final class DefaultTraining {

    /** Random pairs for u: enough for rare levels, few enough that small files train in well under a second. */
    private static final long MIN_U_PAIRS = 100_000;
    private static final long MAX_U_PAIRS = 2_000_000;
    private static final long U_PAIRS_PER_RECORD = 10;
    /** EM converges on a few hundred level patterns; a million pairs estimate them as well as five. */
    private static final long MAX_EM_PAIRS = 1_000_000;

    private DefaultTraining() {
    }

    static TrainingSpec of(Map<ColumnKind, List<String>> byKind, List<List<String>> blocking, long records) {
        String dob = first(byKind, ColumnKind.DATE_OF_BIRTH);
        String given = first(byKind, ColumnKind.GIVEN_NAME);
        String family = first(byKind, ColumnKind.FAMILY_NAME);
        String identifier = first(byKind, ColumnKind.NHS_NUMBER) != null ? first(byKind, ColumnKind.NHS_NUMBER)
                : first(byKind, ColumnKind.IDENTIFIER);
        String email = first(byKind, ColumnKind.EMAIL);
        List<List<String>> em = new ArrayList<>();
        if (dob != null) {
            em.add(List.of(dob));
        }
        if (given != null && family != null) {
            em.add(List.of(given, family));
        }
        if (identifier != null) {
            em.add(List.of(identifier));
        }
        if (email != null) {
            em.add(List.of(email));
        }
        if (em.size() < 2) {
            blocking.stream().filter(rule -> !em.contains(rule)).limit(2 - em.size()).forEach(em::add);
        }
        // The prior counts pairs agreeing on any of several rules: in heavily corrupted files a single rule
        // (name and date of birth) finds too few matches and the prior, and with it recall, collapses.
        List<List<String>> exact = new ArrayList<>();
        if (identifier != null) {
            exact.add(List.of(identifier));
        }
        if (email != null) {
            exact.add(List.of(email));
        }
        if (dob != null && family != null) {
            exact.add(List.of(dob, family));
        }
        if (dob != null && given != null) {
            exact.add(List.of(dob, given));
        }
        if (exact.isEmpty() && !blocking.isEmpty()) {
            exact.add(blocking.get(0));
        }
        long uPairs = Math.min(MAX_U_PAIRS, Math.max(MIN_U_PAIRS, U_PAIRS_PER_RECORD * records));
        return new TrainingSpec(uPairs, 42, em, MAX_EM_PAIRS, exact, 0.8, 0);
    }

    private static String first(Map<ColumnKind, List<String>> byKind, ColumnKind kind) {
        List<String> columns = byKind.get(kind);
        return columns == null || columns.isEmpty() ? null : columns.get(0);
    }
}
