package tagcat.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * One JSON object per line. The tags come from one field: an array of strings (the tags themselves; null
 * elements are left out, as {@code to_json} writes Postgres' NULLs) or a string. A string in a field named
 * {@code tags} or {@code hashtags} is a list of tags as in {@link TagsFormat} ({@code "food,italy"},
 * {@code "#food #italy"}); in any other field it is a caption, whose hashtags are found as in {@link TextFormat}.
 *
 * <p>With no field given, the first of {@link #DEFAULT_FIELDS} that is present and not null is used.
 */
final class JsonlFormat implements LineFormat {
    /** Tried in this order when no field is given. */
    static final List<String> DEFAULT_FIELDS = List.of("tags", "hashtags", "caption", "text");

    /** Thread-safe once configured. Trailing tokens fail, so {@code {"a":1} x} is not silently half-read. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final int MAX_MESSAGE_CHARS = 200;
    /** Where Jackson's messages turn from the problem to where it is or how it was configured. */
    private static final List<String> MESSAGE_CUTS = List.of("\n", " (start marker at", " (bound as", "[Source:");

    private final String field;
    private final Platform platform;

    /**
     * @param field    the field to read, or null for {@link #DEFAULT_FIELDS}
     * @param platform whose rules find the hashtags of a caption
     */
    JsonlFormat(String field, Platform platform) {
        this.field = field;
        this.platform = platform;
    }

    @Override
    public void parse(String line, List<String> out) throws BadLineException {
        JsonNode node = readTree(line);
        if (!node.isObject()) {
            throw new BadLineException("not a JSON object but " + kind(node));
        }
        String name = field;
        JsonNode value;
        if (name != null) {
            value = node.get(name);
            if (value == null) {
                throw new BadLineException("field \"" + name + "\" missing");
            }
        } else {
            value = null;
            for (String candidate : DEFAULT_FIELDS) {
                JsonNode v = node.get(candidate);
                if (v != null && !v.isNull()) {
                    name = candidate;
                    value = v;
                    break;
                }
            }
            if (value == null) {
                throw new BadLineException("none of the fields \"tags\", \"hashtags\", \"caption\", \"text\" found");
            }
        }
        if (value.isTextual() && (name.equals("tags") || name.equals("hashtags"))) {
            new TagsFormat().parse(value.textValue(), out); // "food,italy" or "#food #italy": a list in one string
        } else if (value.isTextual()) {
            String control = ControlCharacters.checkCaption(value.textValue());
            if (control != null) {
                throw new BadLineException(control + " in field \"" + name + "\"");
            }
            platform.extract(value.textValue(), out);
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode element = value.get(i);
                if (element.isTextual()) {
                    out.add(element.textValue());
                } else if (!element.isNull()) {
                    throw new BadLineException("element " + (i + 1) + " of field \"" + name + "\" is "
                            + kind(element) + ", not a string");
                }
            }
        } else {
            throw new BadLineException("field \"" + name + "\" is " + kind(value)
                    + ", expected an array of strings or a string");
        }
    }

    /** True if the line is one JSON object, for format detection. */
    static boolean isJsonObject(String line) {
        try {
            return readTree(line).isObject();
        } catch (BadLineException e) {
            return false;
        }
    }

    private static JsonNode readTree(String line) throws BadLineException {
        try {
            JsonNode node = MAPPER.readTree(line);
            if (node == null || node.isMissingNode()) {
                throw new BadLineException("invalid JSON: no content");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadLineException("invalid JSON: " + shortMessage(e));
        }
    }

    /** Jackson's message without the location and source excerpt it appends (the reader gives the line). */
    private static String shortMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        for (String cut : MESSAGE_CUTS) {
            int at = m.indexOf(cut);
            if (at >= 0) {
                m = m.substring(0, at);
            }
        }
        m = m.strip();
        return m.length() > MAX_MESSAGE_CHARS ? m.substring(0, MAX_MESSAGE_CHARS) + "..." : m;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            case BINARY -> "binary";
            case MISSING -> "nothing";
        };
    }
}
