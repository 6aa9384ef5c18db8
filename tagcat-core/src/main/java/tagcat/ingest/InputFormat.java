package tagcat.ingest;

import java.util.List;
import java.util.Locale;

/** The line formats tagcat reads, and {@link #AUTO} to detect one per input. */
public enum InputFormat {
    /** Detect per input: see {@link #detect}. */
    AUTO,
    /** One PostgreSQL array literal per line: {@code {italy,food}}. */
    PGARRAY,
    /** Tags separated by whitespace and/or commas: {@code sea instapic instagram}. */
    TAGS,
    /** Free-text captions; hashtags are extracted as Twitter does: {@code Lunch in #Roma! #food}. */
    TEXT,
    /** One JSON object per line with a tags array or a caption string: {@code {"tags":["italy","food"]}}. */
    JSONL;

    /** The start of a Postgres array printed with explicit bounds: {@code [0:1]=}. */
    private static final java.util.regex.Pattern BOUNDS = java.util.regex.Pattern.compile("\\[[-+]?\\d+:[-+]?\\d+]");

    /** How many non-blank lines {@link #detect} looks at. */
    public static final int SAMPLE_LINES = 100;

    /** The lower-case name used on the command line and in messages: {@code pgarray}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "auto|pgarray|tags|text|jsonl" in any case. */
    public static InputFormat parse(String name) {
        if (name != null) {
            for (InputFormat f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown input format " + (name == null ? "null" : "\"" + name + "\"")
                + "; valid: auto, pgarray, tags, text, jsonl");
    }

    /**
     * Picks a concrete format (never AUTO) for an input from its name and its first lines.
     *
     * <ol>
     *   <li>A {@code .jsonl} or {@code .ndjson} name, also before {@code .gz}: JSONL.</li>
     *   <li>Otherwise the first {@value #SAMPLE_LINES} non-blank sample lines decide, each rule by majority:
     *       if more than half start with <code>{</code> (after trimming), the input is JSONL when more than half of
     *       those are JSON objects, else PGARRAY; otherwise, if more than half hold a {@code #} followed by a
     *       letter or digit, TEXT; otherwise TAGS, which is also the answer for an empty sample.</li>
     * </ol>
     * Majorities rather than "all lines" let a few broken lines near the start be reported as malformed instead of
     * turning every line of the file into nonsense tags; a closing brace is not required for the same reason.
     *
     * @param sourceName  the input's name, or {@code -} for stdin; may be null
     * @param sampleLines lines from the start of the input; blank ones are ignored
     */
    public static InputFormat detect(String sourceName, List<String> sampleLines) {
        // an array printed with its bounds ([0:1]={a,b}, see BOUNDS) is a Postgres array too
        if (isJsonLinesName(sourceName)) {
            return JSONL;
        }
        int n = 0;
        int curly = 0;
        int json = 0;
        int hashtags = 0;
        for (String raw : sampleLines) {
            if (n == SAMPLE_LINES) {
                break;
            }
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            n++;
            if (line.charAt(0) == '{' || line.charAt(0) == '[' && BOUNDS.matcher(line).lookingAt()) {
                curly++;
                if (line.charAt(line.length() - 1) == '}' && JsonlFormat.isJsonObject(line)) {
                    json++;
                }
            }
            if (hasHashtagStart(line)) {
                hashtags++;
            }
        }
        if (curly * 2 > n) {
            return json * 2 > curly ? JSONL : PGARRAY;
        }
        if (hashtags * 2 > n) {
            return TEXT;
        }
        return TAGS;
    }

    /** True for names ending in .jsonl or .ndjson, optionally followed by .gz, in any case. */
    static boolean isJsonLinesName(String sourceName) {
        if (sourceName == null) {
            return false;
        }
        String name = sourceName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static boolean hasHashtagStart(String line) {
        for (int i = line.indexOf('#'); i >= 0 && i + 1 < line.length(); i = line.indexOf('#', i + 1)) {
            if (Character.isLetterOrDigit(line.codePointAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
