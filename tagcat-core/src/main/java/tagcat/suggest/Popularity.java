package tagcat.suggest;

import tagcat.ingest.FileErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import tagcat.ingest.BadLine;
import tagcat.ingest.ControlCharacters;
import tagcat.ingest.MalformedInputException;
import tagcat.ingest.OnError;
import tagcat.ingest.TagNormalizer;
import tagcat.model.TagcatModel;
import tagcat.text.Vocabulary;

/**
 * How many posts use each tag: the article's second criterion ("between 100k and 10m posts").
 *
 * <p>Two sources, never mixed:
 * <ul>
 *   <li>{@link Source#TABLE}: a table of platform counts, one {@code tag,posts} row per line (CSV, or TSV when the
 *       line holds a tab), counts as numbers or in the human style {@code 380m}, {@code 1.4b}, {@code 100k},
 *       {@code 2,500}. Tags are normalized as in posts ({@code #Travel} is {@code travel}). A first row whose count
 *       is not a number is a header. Bad rows are reported as {@code file:line: reason}.</li>
 *   <li>{@link Source#MODEL}: without a table, the tag's document frequency in the model's own corpus, times a
 *       scale (1 by default, so the count of training posts with the tag). This is not the platform's count; the
 *       source says so wherever it is shown.</li>
 * </ul>
 */
public final class Popularity {
    /** Where the counts come from. */
    public enum Source {
        TABLE, MODEL
    }

    private static final Pattern HUMAN = Pattern.compile(
            "(?i)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*([kmb])?");

    private final Source source;
    private final String description;
    private final Map<String, Long> table;
    private final Vocabulary vocabulary;
    private final double scale;
    private final List<BadLine> badRows;

    private Popularity(Source source, String description, Map<String, Long> table, Vocabulary vocabulary, double scale,
                       List<BadLine> badRows) {
        this.source = source;
        this.description = description;
        this.table = table;
        this.vocabulary = vocabulary;
        this.scale = scale;
        this.badRows = List.copyOf(badRows);
    }

    /** The model's document frequencies times {@code scale}, labelled as such. */
    public static Popularity fromModel(TagcatModel model, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("popularity scale must be a positive number, got " + scale);
        }
        String what = String.format(Locale.ROOT, "posts in the model's corpus of %,d (document frequency%s), not platform counts",
                model.vectorizer().documents(), scale == 1 ? "" : " x " + trim(scale));
        return new Popularity(Source.MODEL, what, Map.of(), model.vectorizer().vocabulary(), scale, List.of());
    }

    /** Reads a table file (gzip is recognized by its magic bytes). */
    public static Popularity read(Path file, OnError onError) throws IOException {
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = new java.io.BufferedInputStream(raw);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                in = new GZIPInputStream(in);
            }
            return read(file.toString(), new InputStreamReader(in, StandardCharsets.UTF_8), onError);
        } catch (IOException e) {
            throw FileErrors.named(file, e);
        }
    }

    /**
     * Reads a table. Under {@link OnError#FAIL} the first bad row throws {@link MalformedInputException}; under
     * {@link OnError#SKIP} bad rows are left out and listed in {@link #badRows()}.
     *
     * @throws IllegalArgumentException if no row is usable
     */
    public static Popularity read(String name, Reader reader, OnError onError) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        List<BadLine> bad = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        long line = 0;
        boolean seenRow = false;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            line++;
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') { // any line: files joined with cat keep theirs
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            String reason;
            try {
                if (text.indexOf('\uFFFD') >= 0) {
                    // the decoder's replacement for bytes that are not UTF-8: the row is malformed, as in the post
                    // readers, not a tag with a replacement character in it
                    throw new IllegalArgumentException("invalid UTF-8");
                }
                String control = ControlCharacters.check(text);
                if (control != null) {
                    throw new IllegalArgumentException(control); // the rule of the post readers
                }
                String[] row = splitRow(text);
                String tag = TagNormalizer.normalize(row[0]);
                if (!seenRow && looksLikeHeader(row)) {
                    seenRow = true;
                    continue;
                }
                seenRow = true;
                if (tag == null) {
                    throw new IllegalArgumentException("no tag before the count");
                }
                if (row[1] == null || row[1].isBlank()) {
                    throw new IllegalArgumentException("no post count for '" + tag + "' (expected tag,posts)");
                }
                long posts = parseCount(row[1]);
                Long first = firstLine.putIfAbsent(tag, line);
                if (first != null) {
                    throw new IllegalArgumentException("'" + tag + "' again (first on line " + first + ")");
                }
                counts.put(tag, posts);
                continue;
            } catch (IllegalArgumentException e) {
                reason = e.getMessage();
            }
            BadLine b = new BadLine(name, line, reason);
            if (onError == OnError.FAIL) {
                throw new MalformedInputException(b);
            }
            bad.add(b);
        }
        if (counts.isEmpty()) {
            throw new IllegalArgumentException(name + ": no usable tag,posts rows in the popularity table"
                    + (bad.isEmpty() ? "" : " (" + bad.size() + " bad, first: " + bad.get(0) + ")"));
        }
        return new Popularity(Source.TABLE, "posts on the platform, from " + name, Map.copyOf(counts), null, 1, bad);
    }

    /** tag and count cells of a row: split at the first tab when there is one, else as CSV with quotes. */
    private static String[] splitRow(String text) {
        int tab = text.indexOf('\t');
        if (tab >= 0) {
            String rest = text.substring(tab + 1);
            int tab2 = rest.indexOf('\t');
            return new String[] {text.substring(0, tab), (tab2 >= 0 ? rest.substring(0, tab2) : rest).trim()};
        }
        List<String> cells = csvCells(text);
        if (cells.size() < 2) {
            return new String[] {cells.get(0), null};
        }
        // an unquoted "travel,2,500" is tag "travel" with count "2,500": the count takes the remaining cells
        return new String[] {cells.get(0), String.join(",", cells.subList(1, cells.size())).trim()};
    }

    private static List<String> csvCells(String text) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted cell");
        }
        cells.add(cell.toString());
        return cells;
    }

    private static boolean looksLikeHeader(String[] row) {
        if (row[1] == null) {
            return false;
        }
        try {
            parseCount(row[1]);
            return false;
        } catch (IllegalArgumentException e) {
            return row[1].chars().noneMatch(Character::isDigit);
        }
    }

    /**
     * A post count as people write it: {@code 2500}, {@code 2,500}, {@code 100k}, {@code 380m}, {@code 1.4b}
     * (k = thousand, m = million, b = billion; any case). Fractions are rounded to whole posts.
     *
     * @throws IllegalArgumentException naming the text when it is not such a count
     */
    public static long parseCount(String text) {
        String s = text.trim();
        Matcher m = HUMAN.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a post count: '" + text + "' (e.g. 2500, 2,500, 100k, 380m, 1.4b)");
        }
        BigDecimal v = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
        if (m.group(3) != null) {
            int zeros = switch (Character.toLowerCase(m.group(3).charAt(0))) {
                case 'k' -> 3;
                case 'm' -> 6;
                default -> 9;
            };
            v = v.scaleByPowerOfTen(zeros);
        }
        try {
            return v.setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("post count too large: '" + text + "'");
        }
    }

    /** A count the way the article writes them: {@code 2,500}, {@code 100k}, {@code 1.4m}, {@code 380m}, {@code 1.4b}. */
    public static String format(long posts) {
        if (posts < 10_000) {
            return String.format(Locale.ROOT, "%,d", posts);
        }
        double v;
        String unit;
        if (posts < 999_500) {
            v = posts / 1e3;
            unit = "k";
        } else if (posts < 999_500_000) {
            v = posts / 1e6;
            unit = "m";
        } else {
            v = posts / 1e9;
            unit = "b";
        }
        return (v < 9.95 ? trim(Math.round(v * 10) / 10.0) : Long.toString(Math.round(v))) + unit;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Posts using the tag (normalized), or empty when the table does not list it. */
    public OptionalLong posts(String tag) {
        if (source == Source.MODEL) {
            int id = vocabulary.id(tag);
            return id < 0 ? OptionalLong.empty() : OptionalLong.of(Math.round(vocabulary.df(id) * scale));
        }
        Long n = table.get(tag);
        return n == null ? OptionalLong.empty() : OptionalLong.of(n);
    }

    public Source source() {
        return source;
    }

    /** What the counts are, for people: "posts on the platform, from pop.csv" or "posts in the model's corpus ...". */
    public String description() {
        return description;
    }

    /** Tags in the table (0 for the model source, which covers the vocabulary). */
    public int size() {
        return table.size();
    }

    /** Rows left out when reading the table, with line numbers and reasons. */
    public List<BadLine> badRows() {
        return badRows;
    }

    @Override
    public String toString() {
        return "Popularity[" + description + "]";
    }
}
