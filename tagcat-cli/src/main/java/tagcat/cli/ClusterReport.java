package tagcat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import tagcat.category.Category;
import tagcat.category.TagWeight;
import tagcat.model.ModelTrainer;
import tagcat.model.TagcatModel;

/** What {@code tagcat cluster} prints: a table for people, or one JSON document for programs. */
final class ClusterReport {
    private final CorpusLoader.Loaded loaded;
    private final ModelTrainer.Trained trained;
    private final int[] core;
    private final double coreShare;

    /**
     * @param core      per category id, the tags carrying {@code coreShare} of its squared centroid weight
     */
    ClusterReport(CorpusLoader.Loaded loaded, ModelTrainer.Trained trained, int[] core, double coreShare) {
        this.loaded = loaded;
        this.trained = trained;
        this.core = core;
        this.coreShare = coreShare;
    }

    String json() {
        TagcatModel m = trained.model();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("posts", loaded.corpus().size());
        ObjectNode dropped = root.putObject("dropped");
        dropped.put("empty", loaded.report().droppedEmpty());
        dropped.put("malformed", loaded.report().malformed());
        dropped.put("out_of_vocabulary", trained.vectors().outOfVocabulary());
        root.put("vocabulary", m.vectorizer().vocabulary().size());
        root.put("k", m.centroids().k());
        root.put("method", m.parameters().method());
        root.put("seed", m.parameters().kmeans().seed());
        root.put("inertia", m.fit().inertia());
        root.put("iterations", m.fit().iterations());
        root.put("converged", m.fit().converged());
        root.put("core_share", coreShare);
        root.put("uncategorized", trained.uncategorized());
        ObjectNode balance = root.putObject("balance");
        balance.put("largest_share", trained.balance().largestShare());
        balance.put("smallest", trained.balance().smallest());
        balance.put("median", trained.balance().median());
        balance.put("largest", trained.balance().largest());
        ObjectNode timings = root.putObject("timings");
        timings.put("read_s", round(loaded.seconds()));
        timings.put("vectorize_s", round(trained.vectorizeSeconds()));
        timings.put("init_s", round(trained.kmeans().initSeconds()));
        timings.put("fit_s", round(trained.fitSeconds()));
        ArrayNode cats = root.putArray("categories");
        for (Category c : m.categories()) {
            ObjectNode o = cats.addObject();
            o.put("id", c.id());
            o.put("name", c.name());
            o.put("size", c.size());
            o.put("core_tags", core[c.id()]);
            ArrayNode tags = o.putArray("tags");
            for (TagWeight t : c.tags()) {
                tags.addObject().put("tag", t.tag()).put("weight", t.weight());
            }
        }
        return root.toString();
    }

    void printTable(PrintWriter out) {
        TagcatModel m = trained.model();
        out.printf("%,d posts, %,d tags, k = %d: inertia %.4f after %d iterations%s%n", loaded.corpus().size(),
                m.vectorizer().vocabulary().size(), m.centroids().k(), m.fit().inertia(), m.fit().iterations(),
                m.fit().converged() ? " (converged)" : " (max-iter reached)");
        out.printf("method %s; %s%s%n", m.parameters().method(), trained.balance(),
                trained.uncategorized() > 0 ? String.format("; %,d posts uncategorized", trained.uncategorized()) : "");
        List<Category> bySize = m.categories().stream()
                .sorted(Comparator.comparingInt(Category::size).reversed().thenComparingInt(Category::id)).toList();
        int nameWidth = Math.max(4, bySize.stream().mapToInt(c -> c.name().length()).max().orElse(4));
        out.println();
        out.printf("%4s  %-" + nameWidth + "s  %7s  %4s  %s%n", "id", "name", "posts", "core", "top tags");
        for (Category c : bySize) {
            out.printf("%4d  %-" + nameWidth + "s  %7d  %4d  %s%n", c.id(), c.name(), c.size(), core[c.id()],
                    c.tags().stream().map(TagWeight::tag).collect(Collectors.joining(" ")));
        }
        out.printf("%ncore: how many tags carry %.0f%% of a category's squared centroid weight (--top auto lists them)%n",
                100 * coreShare);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
