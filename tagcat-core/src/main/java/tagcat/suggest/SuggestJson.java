package tagcat.suggest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.OptionalLong;

/**
 * The JSON documents of suggestions and placements, the same for the CLI's {@code --json}, the HTTP API
 * and batch jobs; the schema is in {@code docs/json.md}. Scores are rounded to 6 decimals.
 */
public final class SuggestJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SuggestJson() {
    }

    public static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /**
     * The whole response: {@code status}, {@code message} (when not ok), {@code post}, {@code popularity}, and the
     * fields of {@link #fill}.
     */
    public static ObjectNode response(SuggestResponse r) {
        ObjectNode o = NODES.objectNode();
        o.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
        if (!r.ok()) {
            o.put("message", r.message());
        }
        ArrayNode post = o.putArray("post");
        r.post().forEach(post::add);
        ObjectNode pop = o.putObject("popularity");
        if (r.popularity() != null) {
            pop.put("source", r.popularity().source().name().toLowerCase(java.util.Locale.ROOT))
                    .put("description", r.popularity().description());
        }
        pop.put("band", r.options().bandDescription());
        return fill(o, r);
    }

    /** Adds {@code categories}, {@code suggestions}, {@code unknown} and, with explain, {@code rejected} to {@code o}. */
    public static ObjectNode fill(ObjectNode o, SuggestResponse r) {
        placements(o.putArray("categories"), r.categories());
        ArrayNode list = o.putArray("suggestions");
        for (Suggester.Suggestion x : r.suggestions()) {
            ObjectNode j = list.addObject();
            j.put("tag", x.tag()).put("score", round(x.score())).put("category", x.category().name())
                    .put("category_id", x.category().id());
            putPosts(j, x.posts());
            if (r.explain()) {
                j.put("weight", round(x.weight())).put("cooccurrence", round(x.cooccurrence()));
                if (x.companion() != null) {
                    j.put("companion", x.companion()).put("companion_share", round(x.companionShare()));
                }
                j.put("spread", round(x.spread())).put("idf", round(x.idf())).put("why", x.why());
            }
        }
        ArrayNode unknown = o.putArray("unknown");
        r.unknown().forEach(u -> unknown.add(u.tag()));
        if (r.unknown().stream().anyMatch(u -> !u.didYouMean().isEmpty())) {
            ObjectNode near = o.putObject("did_you_mean");
            for (SuggestResponse.UnknownTag u : r.unknown()) {
                ArrayNode a = near.putArray(u.tag());
                u.didYouMean().forEach(a::add);
            }
        }
        if (r.explain()) {
            ArrayNode rejected = o.putArray("rejected");
            for (Suggester.Rejection x : r.rejected()) {
                ObjectNode j = rejected.addObject().put("tag", x.tag()).put("score", round(x.score()))
                        .put("category", x.category().name());
                putPosts(j, x.posts());
                j.put("reason", x.reason()).put("reason_code", x.code().id());
            }
        }
        return o;
    }

    /** Adds a post's {@code categories} ({@link #placements}) and {@code unknown} tags to {@code o} ({@code tagcat assign --json}). */
    public static ObjectNode assignment(ObjectNode o, Assigner.Assignment a) {
        placements(o.putArray("categories"), a.categories());
        ArrayNode unknown = o.putArray("unknown");
        a.unknown().forEach(unknown::add);
        return o;
    }

    /** A post's categories: {@code [{"id":..,"name":..,"score":cosine}, ..]}. */
    public static ArrayNode placements(ArrayNode into, java.util.List<Assigner.Placement> placements) {
        for (Assigner.Placement p : placements) {
            into.addObject().put("id", p.category().id()).put("name", p.category().name())
                    .put("score", round(p.similarity()));
        }
        return into;
    }

    static void putPosts(ObjectNode o, OptionalLong posts) {
        if (posts.isPresent()) {
            o.put("posts", posts.getAsLong());
        } else {
            o.putNull("posts");
        }
    }
}
