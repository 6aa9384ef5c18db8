package tagcat.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import tagcat.category.Category;
import tagcat.suggest.Assigner;
import tagcat.suggest.Catalogue;
import tagcat.suggest.CatalogueJson;
import tagcat.suggest.SuggestJson;
import tagcat.suggest.SuggestRequest;
import tagcat.suggest.SuggestResponse;

/**
 * The JSON API's handlers: each reads its parameters, calls the core (catalogue, suggester, assigner) on
 * the model snapshot current when the request came in, and answers the document the CLI prints with
 * {@code --json} (schemas in docs/json.md, routes in docs/server.md).
 */
final class Api {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int DEFAULT_PAGE = 50;

    private final ModelStore store;
    private final Limits limits;

    Api(ModelStore store, Limits limits) {
        this.store = store;
        this.limits = limits;
    }

    void health(Context ctx) {
        json(ctx, store.current().healthJson);
    }

    void model(Context ctx) {
        json(ctx, store.current().summaryJson);
    }

    void map(Context ctx) {
        json(ctx, store.current().mapJson);
    }

    /** {@code GET /api/categories?sort=size|name&offset=0&limit=50&top=8}. */
    void categories(Context ctx) {
        ServedModel m = store.current();
        String sort = query(ctx, "sort", "size");
        List<Category> all = switch (sort) {
            case "size" -> m.bySize;
            case "name" -> m.byName;
            case "id" -> m.model.categories();
            default -> throw ApiException.badRequest("bad_parameter", "sort must be size, name or id, got \"" + sort + "\"");
        };
        int offset = intQuery(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intQuery(ctx, "limit", DEFAULT_PAGE, 1, limits.maxLimit());
        int top = intQuery(ctx, "top", 8, 1, limits.maxLimit());
        int from = Math.min(offset, all.size());
        List<Category> page = all.subList(from, (int) Math.min(all.size(), (long) from + limit));
        ObjectNode o = CatalogueJson.categories(page, m.model, top);
        o.put("total", all.size()).put("offset", offset).put("limit", limit).put("sort", sort);
        json(ctx, o.toString());
    }

    /** {@code GET /api/categories/{id}?limit=30&nearest=5}: by id or by name. */
    void category(Context ctx) {
        ServedModel m = store.current();
        String id = pathParam(ctx, "id");
        Category c = m.catalogue.find(id).orElseThrow(() -> ApiException.notFound("no category \"" + id + "\"; there are "
                + m.model.categories().size() + " (ids 0.." + (m.model.categories().size() - 1) + ")"));
        int limit = intQuery(ctx, "limit", 30, 1, limits.maxLimit());
        int nearest = intQuery(ctx, "nearest", 5, 0, limits.maxLimit());
        json(ctx, CatalogueJson.category(m.catalogue, c, limit, nearest).toString());
    }

    /** {@code GET /api/search?q=..&limit=10}: typos tolerated, as {@code tagcat search}. */
    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("bad_parameter", "give the query: /api/search?q=beach");
        }
        if (q.length() > limits.maxQuery()) {
            throw ApiException.badRequest("too_long", "q: " + q.length() + " characters, at most " + limits.maxQuery());
        }
        int limit = intQuery(ctx, "limit", 10, 1, limits.maxLimit());
        json(ctx, CatalogueJson.search(q, store.current().catalogue.search(q, limit)).toString());
    }

    /** {@code GET /api/tags/{tag}?limit=10}: the categories a tag belongs to; 404 with close spellings. */
    void tag(Context ctx) {
        ServedModel m = store.current();
        String tag = pathParam(ctx, "tag");
        int limit = intQuery(ctx, "limit", 10, 1, limits.maxLimit());
        Catalogue.TagInfo info = m.catalogue.tag(tag).orElse(null);
        if (info == null) {
            ObjectNode details = NODES.objectNode();
            ArrayNode near = details.putArray("did_you_mean");
            m.catalogue.didYouMean(tag, 5).forEach(near::add);
            throw new ApiException(404, "unknown_tag", "the model does not know the tag \"" + tag + "\"", details);
        }
        json(ctx, CatalogueJson.tag(info, limit).toString());
    }

    /** {@code POST /api/suggest}: the suggest response; 422 when no tag of the post is known. */
    void suggest(Context ctx) {
        ServedModel m = store.current();
        SuggestRequest request = Requests.suggest(body(ctx), m.suggester.options(), limits);
        SuggestResponse r = respond(m, request);
        ObjectNode doc = SuggestJson.response(r);
        switch (r.status()) {
            case OK -> json(ctx, doc.toString());
            case NO_TAGS -> throw ApiException.badRequest("no_tags", r.message() + "; give tags or a caption with #hashtags");
            case NO_KNOWN_TAG -> throw new ApiException(422, "no_known_tag", r.message(), doc);
            default -> throw new ApiException(422, r.status().name().toLowerCase(Locale.ROOT), r.message(), doc);
        }
    }

    /**
     * {@code POST /api/assign}: one post ({@code {"tags":..,"caption":..}}) or a batch ({@code {"posts":[..]}}),
     * each answered as {@code tagcat assign --json} does (categories and unknown tags).
     */
    void assign(Context ctx) {
        ServedModel m = store.current();
        JsonNode o = body(ctx);
        Requests.onlyAssignFields(o);
        int top = o.has("top") ? Requests.intField(o, "top", 1, m.model.categories().size(), "") : 1;
        Assigner.Rule rule = Assigner.Rule.NEAREST;
        if (o.has("by")) {
            String by = Requests.text(o, "by", "");
            rule = switch (by) {
                case "nearest" -> Assigner.Rule.NEAREST;
                case "similar" -> Assigner.Rule.SIMILAR;
                default -> throw ApiException.badRequest("bad_field", "by must be nearest or similar, got \"" + by + "\"");
            };
        }
        Assigner assigner = m.suggester.assigner();
        if (!o.has("posts")) {
            json(ctx, assignOne(assigner, Requests.post(o, limits, ""), top, rule, "").toString());
            return;
        }
        if (o.has("tags") || o.has("caption")) {
            throw ApiException.badRequest("bad_field", "give one post (tags, caption) or a batch (posts), not both");
        }
        JsonNode posts = o.get("posts");
        if (!posts.isArray()) {
            throw ApiException.badRequest("bad_field", "posts must be an array of {\"tags\":..,\"caption\":..}");
        }
        if (posts.size() > limits.maxBatch()) {
            throw new ApiException(413, "batch_too_large", posts.size() + " posts in one batch, at most " + limits.maxBatch());
        }
        ObjectNode out = NODES.objectNode();
        ArrayNode results = out.putArray("results");
        for (int i = 0; i < posts.size(); i++) {
            String where = "posts[" + i + "]: ";
            JsonNode p = posts.get(i);
            if (!p.isObject()) {
                throw ApiException.badRequest("bad_field", where + "must be an object {\"tags\":..,\"caption\":..}");
            }
            Requests.onlyPostFields(p, where);
            results.add(assignOne(assigner, Requests.post(p, limits, where), top, rule, where).put("index", i));
        }
        json(ctx, out.toString());
    }

    private ObjectNode assignOne(Assigner assigner, SuggestRequest post, int top, Assigner.Rule rule, String where) {
        List<String> tags = postTags(post, where);
        return SuggestJson.assignment(NODES.objectNode(), assigner.assign(tags, top, rule));
    }

    private SuggestResponse respond(ServedModel m, SuggestRequest request) {
        List<String> post = postTags(request, ""); // parsed once (a caption goes through twitter-text)
        try {
            return m.suggester.suggest(request, post);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad_field", e.getMessage());
        }
    }

    private List<String> postTags(SuggestRequest request, String where) {
        List<String> tags;
        try {
            tags = request.postTags();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("bad_field", where + e.getMessage());
        }
        if (tags.size() > limits.maxTags()) {
            throw ApiException.badRequest("too_many_tags", where + tags.size() + " tags in the post, at most " + limits.maxTags());
        }
        return tags;
    }

    private JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "send the body as application/json, got "
                    + (type == null ? "no Content-Type" : type));
        }
        long declared = ctx.contentLength();
        if (declared > limits.maxBodyBytes()) {
            throw tooLarge(declared);
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > limits.maxBodyBytes()) {
            throw tooLarge(body.length);
        }
        return Requests.object(body);
    }

    private ApiException tooLarge(long bytes) {
        return new ApiException(413, "body_too_large", "the body has " + bytes + " bytes, at most " + limits.maxBodyBytes());
    }

    private String pathParam(Context ctx, String name) {
        String v = ctx.pathParam(name);
        if (v.length() > limits.maxQuery()) {
            throw ApiException.badRequest("too_long", name + ": " + v.length() + " characters, at most " + limits.maxQuery());
        }
        return v;
    }

    private static String query(Context ctx, String name, String fallback) {
        String v = ctx.queryParam(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static int intQuery(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        int i;
        try {
            i = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("bad_parameter", name + " must be an integer, got \"" + abbreviate(v) + "\"");
        }
        if (i < min || i > max) {
            throw ApiException.badRequest("bad_parameter", name + " must be " + min + ".." + max + ", got " + i);
        }
        return i;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }

    static void json(Context ctx, String body) {
        ctx.contentType("application/json; charset=utf-8").result(body);
    }
}
