package dk.pejling.safetyindex;

import java.util.ArrayList;
import java.util.List;

/** Ranks of index values, 1 for the highest (the safest); ties take the better place. */
final class Ranks {

    private Ranks() {
    }

    static int[] of(double[] values, boolean[] ranked) {
        int[] rank = new int[values.length];
        for (int a = 0; a < values.length; a++) {
            if (!ranked[a]) {
                continue;
            }
            int better = 0;
            for (int b = 0; b < values.length; b++) {
                if (ranked[b] && values[b] > values[a]) {
                    better++;
                }
            }
            rank[a] = better + 1;
        }
        return rank;
    }

    /** {@code ranks[area][draw]}, computed by sorting each draw's values. */
    static int[][] perDraw(double[][] draws, boolean[] ranked, int n) {
        List<Integer> areas = new ArrayList<>();
        for (int a = 0; a < ranked.length; a++) {
            if (ranked[a]) {
                areas.add(a);
            }
        }
        int[][] ranks = new int[ranked.length][];
        for (int a : areas) {
            ranks[a] = new int[n];
        }
        Integer[] order = areas.toArray(new Integer[0]);
        for (int d = 0; d < n; d++) {
            final int draw = d;
            java.util.Arrays.sort(order, (x, y) -> Double.compare(draws[y][draw], draws[x][draw]));
            for (int i = 0; i < order.length; i++) {
                ranks[order[i]][d] = i + 1;
            }
        }
        return ranks;
    }
}
