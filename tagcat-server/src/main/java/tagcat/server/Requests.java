package tagcat.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import tagcat.suggest.Popularity;
import tagcat.suggest.SuggestOptions;
import tagcat.suggest.SuggestRequest;

/**
 * Request bodies to core requests, checked field by field: a wrong type, an unknown field (a typo would
 * otherwise be ignored silently) or a value over a {@link Limits} limit is a 400 naming the field.
 */
final class Requests {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
    }

    private static final Set<String> POST_FIELDS = Set.of("tags", "caption");
    private static final Set<String> SUGGEST_FIELDS = Set.of("tags", "caption", "limit", "min_posts", "max_posts",
            "max_spread", "min_idf", "categories", "explain");
    private static final Set<String> ASSIGN_FIELDS = Set.of("tags", "caption", "posts", "top", "by");

    private Requests() {
    }

    /** The body as a JSON object. */
    static JsonNode object(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("bad_json", "the request needs a JSON body");
        }
        JsonNode n;
        try {
            n = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw ApiException.badRequest("bad_json", "the body is not valid JSON: " + e.getOriginalMessage() + at);
        } catch (IOException e) {
            throw ApiException.badRequest("bad_json", "the body could not be read");
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("bad_json", "the body must be a JSON object");
        }
        return n;
    }

    /** {@code POST /api/suggest}: the post and the options over the service's defaults. */
    static SuggestRequest suggest(JsonNode o, SuggestOptions defaults, Limits limits) {
        onlyFields(o, SUGGEST_FIELDS, "");
        SuggestOptions opt = defaults;
        try {
            if (o.has("limit")) {
                opt = opt.withLimit(intField(o, "limit", 1, limits.maxLimit(), ""));
            }
            if (o.has("categories")) {
                opt = opt.withCategories(intField(o, "categories", 1, 1_000, ""));
            }
            long min = o.has("min_posts") ? count(o, "min_posts", 0) : opt.minPosts();
            long max = o.has("max_posts") ? count(o, "max_posts", Long.MAX_VALUE) : opt.maxPosts();
            opt = opt.withBand(min, max);
            if (o.has("max_spread")) {
                opt = opt.withMaxSpread(number(o, "max_spread", ""));
            }
            if (o.has("min_idf")) {
                opt = opt.withMinIdf(number(o, "min_idf", ""));
            }
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad_field", e.getMessage());
        }
        boolean explain = o.has("explain") && bool(o, "explain");
        return new SuggestRequest(tags(o, limits, ""), caption(o, limits, ""), opt, explain);
    }

    /** One post of {@code POST /api/assign}: its tags and caption as a suggest request (no options). */
    static SuggestRequest post(JsonNode o, Limits limits, String where) {
        return new SuggestRequest(tags(o, limits, where), caption(o, limits, where), null, false);
    }

    static void onlyAssignFields(JsonNode o) {
        onlyFields(o, ASSIGN_FIELDS, "");
    }

    static void onlyPostFields(JsonNode o, String where) {
        onlyFields(o, POST_FIELDS, where);
    }

    static List<String> tags(JsonNode o, Limits limits, String where) {
        JsonNode t = o.get("tags");
        if (t == null || t.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (t.isTextual()) {
            out.add(t.asText());
        } else if (t.isArray()) {
            if (t.size() > limits.maxTags()) {
                throw ApiException.badRequest("too_many_tags", where + "tags: " + t.size() + " given, at most "
                        + limits.maxTags());
            }
            for (JsonNode x : t) {
                if (!x.isTextual()) {
                    throw ApiException.badRequest("bad_field", where + "tags must be strings, got " + x.getNodeType()
                            .name().toLowerCase(java.util.Locale.ROOT));
                }
                out.add(x.asText());
            }
        } else {
            throw ApiException.badRequest("bad_field", where + "tags must be an array of strings or a string");
        }
        for (String s : out) {
            if (s.length() > limits.maxCaption()) {
                throw ApiException.badRequest("too_long", where + "tags: an entry of " + s.length()
                        + " characters, at most " + limits.maxCaption());
            }
        }
        return out;
    }

    static String caption(JsonNode o, Limits limits, String where) {
        JsonNode c = o.get("caption");
        if (c == null || c.isNull()) {
            return null;
        }
        if (!c.isTextual()) {
            throw ApiException.badRequest("bad_field", where + "caption must be a string");
        }
        if (c.asText().length() > limits.maxCaption()) {
            throw ApiException.badRequest("too_long", where + "caption: " + c.asText().length()
                    + " characters, at most " + limits.maxCaption());
        }
        return c.asText();
    }

    static int intField(JsonNode o, String name, int min, int max, String where) {
        JsonNode v = o.get(name);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw ApiException.badRequest("bad_field", where + name + " must be an integer");
        }
        int i = v.intValue();
        if (i < min || i > max) {
            throw ApiException.badRequest("bad_field", where + name + " must be " + min + ".." + max + ", got " + i);
        }
        return i;
    }

    static String text(JsonNode o, String name, String where) {
        JsonNode v = o.get(name);
        if (v == null || !v.isTextual()) {
            throw ApiException.badRequest("bad_field", where + name + " must be a string");
        }
        return v.asText();
    }

    private static double number(JsonNode o, String name, String where) {
        JsonNode v = o.get(name);
        if (v == null || !v.isNumber()) {
            throw ApiException.badRequest("bad_field", where + name + " must be a number");
        }
        return v.doubleValue();
    }

    private static boolean bool(JsonNode o, String name) {
        JsonNode v = o.get(name);
        if (!v.isBoolean()) {
            throw ApiException.badRequest("bad_field", name + " must be true or false");
        }
        return v.booleanValue();
    }

    /** A post count: a number, a string like "100k" or "2.5m", or null / "none" for no bound. */
    private static long count(JsonNode o, String name, long none) {
        JsonNode v = o.get(name);
        if (v.isNull() || v.isTextual() && v.asText().equalsIgnoreCase("none")) {
            return none;
        }
        if (v.isIntegralNumber() && v.canConvertToLong() && v.longValue() >= 0) {
            return v.longValue();
        }
        if (v.isTextual()) {
            try {
                return Popularity.parseCount(v.asText());
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("bad_field", name + ": " + e.getMessage());
            }
        }
        throw ApiException.badRequest("bad_field", name + " must be a count (1000000, \"1m\") or null");
    }

    private static void onlyFields(JsonNode o, Set<String> allowed, String where) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw ApiException.badRequest("unknown_field", where + "unknown field \"" + f + "\"; known: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }
}
