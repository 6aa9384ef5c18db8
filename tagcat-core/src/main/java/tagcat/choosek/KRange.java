package tagcat.choosek;

import java.util.stream.IntStream;

/**
 * The values of k to try: {@code from, from + step, ...} up to and including {@code to} when the steps land
 * on it. Written {@code 2..200} or {@code 2..200:5}.
 */
public record KRange(int from, int to, int step) {
    public KRange {
        if (from < 2) {
            throw new IllegalArgumentException("k range must start at 2 or more (one category explains nothing), got " + from);
        }
        if (to < from) {
            throw new IllegalArgumentException("k range " + from + ".." + to + " is empty; write it low..high");
        }
        if (step < 1) {
            throw new IllegalArgumentException("k range step must be >= 1, got " + step);
        }
    }

    /** Parses {@code FROM..TO} or {@code FROM..TO:STEP}. */
    public static KRange parse(String s) {
        String text = s.strip();
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("k range '" + s + "' should look like 2..200 or 2..200:5");
        }
        int colon = text.indexOf(':', dots);
        try {
            int from = Integer.parseInt(text.substring(0, dots).strip());
            int to = Integer.parseInt(text.substring(dots + 2, colon < 0 ? text.length() : colon).strip());
            int step = colon < 0 ? 1 : Integer.parseInt(text.substring(colon + 1).strip());
            return new KRange(from, to, step);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("k range '" + s + "' should look like 2..200 or 2..200:5 (whole numbers)");
        }
    }

    public int[] values() {
        return IntStream.iterate(from, k -> k <= to, k -> k + step).toArray();
    }

    @Override
    public String toString() {
        return from + ".." + to + (step != 1 ? ":" + step : "");
    }
}
