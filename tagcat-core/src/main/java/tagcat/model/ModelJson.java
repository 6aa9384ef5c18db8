package tagcat.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tagcat.category.Category;
import tagcat.category.TagWeight;

/**
 * JSON views of a model that every front end prints the same way (schemas in {@code docs/json.md}):
 * the summary (what a model is and what it was trained on) and a category entry.
 */
public final class ModelJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ModelJson() {
    }

    /** {@code {"tagcat_version", "format_version", "method", "k", "vocabulary", "seed", "dims" (lsa only), "cooccurrence", "input": {...}, "fit": {...}}}. */
    public static ObjectNode summary(TagcatModel m) {
        ObjectNode o = NODES.objectNode();
        o.put("tagcat_version", m.tagcatVersion());
        o.put("format_version", ModelFile.VERSION);
        o.put("method", m.parameters().method().id());
        o.put("k", m.centroids().k());
        o.put("vocabulary", m.vectorizer().vocabulary().size());
        o.put("seed", m.parameters().kmeans().seed());
        if (m.parameters().dims() > 0) {
            o.put("dims", m.parameters().dims());
        }
        o.put("cooccurrence", m.cooccurrence() != null);
        InputSummary in = m.input();
        ObjectNode input = o.putObject("input");
        ArrayNode sources = input.putArray("sources");
        in.sources().forEach(sources::add);
        input.put("lines", in.lines()).put("posts", in.posts()).put("dropped_empty", in.droppedEmpty())
                .put("malformed", in.malformed()).put("out_of_vocabulary", in.outOfVocabulary())
                .put("fingerprint", in.fingerprint());
        o.putObject("fit").put("inertia", m.fit().inertia()).put("iterations", m.fit().iterations())
                .put("converged", m.fit().converged());
        return o;
    }

    /** {@code {"id", "name", "size", "tags": [{"tag", "weight"}, ..]}}; {@code core} adds "core_tags" when >= 0. */
    public static ObjectNode category(Category c, int core) {
        ObjectNode o = NODES.objectNode();
        o.put("id", c.id());
        o.put("name", c.name());
        o.put("size", c.size());
        if (core >= 0) {
            o.put("core_tags", core);
        }
        ArrayNode tags = o.putArray("tags");
        for (TagWeight t : c.tags()) {
            tags.addObject().put("tag", t.tag()).put("weight", t.weight());
        }
        return o;
    }
}
