package tagcat.ingest;

import java.util.List;

/**
 * One input format: turns one non-blank line into raw tags. Normalization, de-duplication and the tag length
 * limit are the caller's job ({@link TagNormalizer}), so every format gets them the same way.
 *
 * <p>Instances may keep scratch buffers and are used by one thread at a time.
 */
interface LineFormat {
    /** Appends the line's raw tags to {@code out}; null elements are left out. */
    void parse(String line, List<String> out) throws BadLineException;

    /** The parser for a concrete format; {@code field} is used by JSON lines only, {@code platform} by captions. */
    static LineFormat of(InputFormat format, String field, Platform platform) {
        return switch (format) {
            case PGARRAY -> new PgArrayFormat();
            case TAGS -> new TagsFormat();
            case TEXT -> new TextFormat(platform);
            case JSONL -> new JsonlFormat(field, platform);
            case AUTO -> throw new IllegalArgumentException("not a concrete format: auto");
        };
    }
}
