package org.opendars.linkage.engine.probabilistic;

import java.util.Arrays;
import org.opendars.linkage.engine.data.LongSet;

/**
 * Deduplication clusters: links are merged in descending weight (connected components), except that two
 * clusters are never merged when any pair between them was scored as a clear non-match or when the result
 * would exceed the size limit. This stops chains A~B~C from joining A and C when A and C clearly differ.
 */
public final class Clustering {

    private Clustering() {
    }

    /** Result: cluster id (the smallest member row) per record, and the number of merges the guard refused. */
    public record Clusters(int[] clusterOf, int refusedMerges) {
    }

    public static Clusters cluster(int records, ScoredPairs links, ScoredPairs vetoes, int maxClusterSize) {
        LongSet vetoed = new LongSet(vetoes.size());
        for (int i = 0; i < vetoes.size(); i++) {
            vetoed.add(pairKey(vetoes.left(i), vetoes.right(i)));
        }
        int[] parent = new int[records];
        int[] size = new int[records];
        int[] nextMember = new int[records];
        for (int i = 0; i < records; i++) {
            parent[i] = i;
            size[i] = 1;
            nextMember[i] = i;
        }
        int refused = 0;
        for (int i : links.byDescendingWeight()) {
            int a = root(parent, links.left(i));
            int b = root(parent, links.right(i));
            if (a == b) {
                continue;
            }
            if (size[a] + size[b] > maxClusterSize || anyVetoed(a, b, nextMember, vetoed)) {
                refused++;
                continue;
            }
            int small = size[a] < size[b] ? a : b;
            int large = small == a ? b : a;
            parent[small] = large;
            size[large] += size[small];
            int swap = nextMember[small];
            nextMember[small] = nextMember[large];
            nextMember[large] = swap;
        }
        int[] clusterOf = new int[records];
        int[] smallestOfRoot = new int[records];
        Arrays.fill(smallestOfRoot, -1);
        for (int i = 0; i < records; i++) {
            int r = root(parent, i);
            if (smallestOfRoot[r] < 0) {
                smallestOfRoot[r] = i;
            }
            clusterOf[i] = smallestOfRoot[r];
        }
        return new Clusters(clusterOf, refused);
    }

    private static boolean anyVetoed(int a, int b, int[] nextMember, LongSet vetoed) {
        int x = a;
        do {
            int y = b;
            do {
                if (vetoed.contains(pairKey(x, y))) {
                    return true;
                }
                y = nextMember[y];
            } while (y != b);
            x = nextMember[x];
        } while (x != a);
        return false;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static long pairKey(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32 | high) + 1;
    }
}
