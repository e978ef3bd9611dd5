package org.opendars.linkage.engine.probabilistic;

import java.util.Arrays;

/**
 * Keeps each record's single best link when both files hold each person at most once: links are accepted
 * in descending weight and a record, once linked, takes no further link. A record whose two best links tie
 * exactly is counted as ambiguous and left unlinked rather than linked by chance.
 */
public final class OneToOneLinks {

    private OneToOneLinks() {
    }

    /** Result: indices into the scored links, and how many left records had tied best candidates. */
    public record Selection(int[] selected, int ambiguous) {
    }

    public static Selection select(ScoredPairs links, boolean[] leftTaken, boolean[] rightTaken) {
        int[] order = links.byDescendingWeight();
        boolean[] leftUsed = leftTaken.clone();
        boolean[] rightUsed = rightTaken.clone();
        boolean[] leftTied = new boolean[leftUsed.length];
        int[] selected = new int[Math.min(order.length, Math.min(leftUsed.length, rightUsed.length))];
        int count = 0;
        int ambiguous = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            int l = links.left(i);
            int r = links.right(i);
            if (leftUsed[l] || rightUsed[r] || leftTied[l]) {
                continue;
            }
            if (tiesWithNextCandidateOf(links, order, k, l, leftUsed, rightUsed)) {
                leftTied[l] = true;
                ambiguous++;
                continue;
            }
            leftUsed[l] = true;
            rightUsed[r] = true;
            selected[count++] = i;
        }
        return new Selection(Arrays.copyOf(selected, count), ambiguous);
    }

    private static boolean tiesWithNextCandidateOf(ScoredPairs links, int[] order, int k, int l, boolean[] leftUsed,
            boolean[] rightUsed) {
        float weight = links.weight(order[k]);
        for (int next = k + 1; next < order.length && links.weight(order[next]) == weight; next++) {
            int j = order[next];
            if (links.left(j) == l && links.right(j) != links.right(order[k]) && !rightUsed[links.right(j)]) {
                return true;
            }
        }
        return false;
    }
}
