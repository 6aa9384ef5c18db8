package tagcat.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What reading one or more inputs gave: exact counts, the first {@value #MAX_BAD_LINES} malformed lines, and the
 * format used for each input. Every line is counted once: {@code lines == posts + droppedEmpty + malformed}.
 */
public final class ReadReport {
    /** How many malformed lines are kept; the {@link #malformed()} count stays exact beyond it. */
    public static final int MAX_BAD_LINES = 1000;

    private static final ReadReport EMPTY = new ReadReport(0, 0, 0, 0, List.of(), Map.of());

    private final long lines;
    private final long posts;
    private final long droppedEmpty;
    private final long malformed;
    private final List<BadLine> badLines;
    private final Map<String, InputFormat> formats;

    ReadReport(long lines, long posts, long droppedEmpty, long malformed, List<BadLine> badLines,
               Map<String, InputFormat> formats) {
        if (lines != posts + droppedEmpty + malformed) {
            throw new IllegalArgumentException("lines " + lines + " != posts " + posts + " + empty " + droppedEmpty
                    + " + malformed " + malformed);
        }
        this.lines = lines;
        this.posts = posts;
        this.droppedEmpty = droppedEmpty;
        this.malformed = malformed;
        this.badLines = List.copyOf(badLines.size() > MAX_BAD_LINES ? badLines.subList(0, MAX_BAD_LINES) : badLines);
        this.formats = Collections.unmodifiableMap(new LinkedHashMap<>(formats));
    }

    /** Nothing read; the identity of {@link #plus}. */
    public static ReadReport empty() {
        return EMPTY;
    }

    /** Physical lines read. */
    public long lines() {
        return lines;
    }

    /**
     * Records a source turned away before parsing (a database row without an id): {@code count} lines, all
     * malformed, the first of them in {@code first}.
     */
    public static ReadReport rejected(long count, List<BadLine> first) {
        return new ReadReport(count, 0, 0, count, first, Map.of());
    }

    /** Posts passed to the sink. */
    public long posts() {
        return posts;
    }

    /** Well-formed lines with no tag left after normalization (blank lines, {@code {}}, captions without hashtags). */
    public long droppedEmpty() {
        return droppedEmpty;
    }

    /** Malformed lines, all of them. */
    public long malformed() {
        return malformed;
    }

    /** The first {@value #MAX_BAD_LINES} malformed lines, in reading order. */
    public List<BadLine> badLines() {
        return badLines;
    }

    /** The format used for each input (after auto-detection), in reading order. */
    public Map<String, InputFormat> formats() {
        return formats;
    }

    /** This report followed by {@code other}: counts add up, bad lines and formats are kept in order. */
    public ReadReport plus(ReadReport other) {
        List<BadLine> bad = badLines;
        if (bad.size() < MAX_BAD_LINES && !other.badLines.isEmpty()) {
            bad = new ArrayList<>(badLines);
            bad.addAll(other.badLines);
        }
        Map<String, InputFormat> f = new LinkedHashMap<>(formats);
        f.putAll(other.formats);
        return new ReadReport(lines + other.lines, posts + other.posts, droppedEmpty + other.droppedEmpty,
                malformed + other.malformed, bad, f);
    }

    /** The same counts with each kept bad line replaced by {@code relabel}'s (a source giving its records' own keys). */
    public ReadReport withBadLines(java.util.function.UnaryOperator<BadLine> relabel) {
        return new ReadReport(lines, posts, droppedEmpty, malformed, badLines.stream().map(relabel).toList(), formats);
    }

    /** One line for a human: {@code 57383 posts from 57383 lines; dropped: 0 empty, 2 malformed}. */
    public String summary() {
        return posts + " posts from " + lines + " lines; dropped: " + droppedEmpty + " empty, " + malformed
                + " malformed";
    }

    @Override
    public String toString() {
        return summary();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadReport r && lines == r.lines && posts == r.posts && droppedEmpty == r.droppedEmpty
                && malformed == r.malformed && badLines.equals(r.badLines) && formats.equals(r.formats);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lines, posts, droppedEmpty, malformed, badLines, formats);
    }
}
