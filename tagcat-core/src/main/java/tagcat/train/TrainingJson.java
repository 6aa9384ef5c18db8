package tagcat.train;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tagcat.category.Category;
import tagcat.category.TagsPerCategory;
import tagcat.cluster.Balance;
import tagcat.model.ModelJson;
import tagcat.model.TagcatModel;

/** The training report as JSON ({@code tagcat cluster --json}, the HTTP API, the Spark job); see docs/json.md. */
public final class TrainingJson {
    private TrainingJson() {
    }

    public static ObjectNode report(TrainingResult r) {
        TagcatModel m = r.model();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("posts", r.posts());
        ObjectNode dropped = root.putObject("dropped");
        dropped.put("empty", r.read().droppedEmpty());
        dropped.put("malformed", r.read().malformed());
        dropped.put("out_of_vocabulary", r.vectors().outOfVocabulary());
        root.put("vocabulary", m.vectorizer().vocabulary().size());
        root.put("k", m.centroids().k());
        root.put("method", m.parameters().method().id());
        root.put("seed", m.parameters().kmeans().seed());
        root.put("inertia", m.fit().inertia());
        root.put("iterations", m.fit().iterations());
        root.put("converged", m.fit().converged());
        root.put("core_share", TagsPerCategory.DEFAULT_SHARE);
        root.put("uncategorized", r.uncategorized());
        root.put("no_known_tag", r.noKnownTag());
        Balance b = r.balance();
        ObjectNode balance = root.putObject("balance");
        balance.put("largest_share", b.largestShare());
        balance.put("smallest", b.smallest());
        balance.put("median", b.median());
        balance.put("largest", b.largest());
        ObjectNode timings = root.putObject("timings");
        timings.put("read_s", round(r.timings().read()));
        timings.put("vectorize_s", round(r.timings().vectorize()));
        timings.put("init_s", round(r.kmeans().initSeconds()));
        timings.put("fit_s", round(r.timings().fit()));
        ArrayNode cats = root.putArray("categories");
        for (Category c : m.categories()) {
            cats.add(ModelJson.category(c, r.coreTags(c.id())));
        }
        return root;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
