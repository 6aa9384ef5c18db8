package tagcat.linalg;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The one way rows are sampled for scores and pictures: seeded, without replacement, ascending. */
public final class Sampling {
    private Sampling() {
    }

    /** {@code size} of the indices 0..n-1 by a partial Fisher-Yates shuffle seeded with {@code seed}; all when n <= size. */
    public static int[] rows(int n, int size, long seed) {
        if (size >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            int j = i + rng.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int[] out = Arrays.copyOf(perm, size);
        Arrays.sort(out);
        return out;
    }
}
