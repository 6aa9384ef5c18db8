package tagcat.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import tagcat.category.Category;
import tagcat.model.ModelJson;
import tagcat.model.TagcatModel;
import tagcat.plot.CategoryMap;
import tagcat.suggest.Catalogue;
import tagcat.suggest.Popularity;
import tagcat.suggest.SuggestJson;
import tagcat.suggest.SuggestOptions;
import tagcat.suggest.Suggester;

/**
 * One model as the service answers from it: the model and everything built from it once (catalogue,
 * suggester, sorted lists, the map, the summary). Immutable, so a reload swaps one reference and a request
 * in flight keeps the snapshot it started with.
 */
final class ServedModel {
    final TagcatModel model;
    final String source;
    final Instant loadedAt;
    final Catalogue catalogue;
    final Suggester suggester;
    final List<Category> bySize;
    final List<Category> byName;
    final String summaryJson;
    final String mapJson;
    final String healthJson;

    private ServedModel(TagcatModel model, String source, Instant loadedAt, Popularity popularity) {
        this.model = model;
        this.source = source;
        this.loadedAt = loadedAt;
        Popularity p = popularity != null ? popularity : Popularity.fromModel(model, 1);
        this.suggester = new Suggester(model, p, SuggestOptions.defaultsFor(p));
        this.catalogue = suggester.catalogue(); // built once: the suggester's did-you-mean uses the same
        this.bySize = model.categories().stream()
                .sorted(Comparator.comparingInt(Category::size).reversed().thenComparingInt(Category::id)).toList();
        this.byName = model.categories().stream()
                .sorted(Comparator.comparing(Category::name).thenComparingInt(Category::id)).toList();
        ObjectNode summary = ModelJson.summary(model);
        summary.put("source", source).put("loaded_at", loadedAt.toString());
        this.summaryJson = summary.toString();
        this.mapJson = map(model).toString();
        this.healthJson = JsonNodeFactory.instance.objectNode().put("status", "ok").put("k", model.centroids().k())
                .put("loaded_at", loadedAt.toString()).toString();
    }

    /**
     * Builds the snapshot; any damage the model file checks did not catch shows here, before the swap.
     *
     * @param popularity a platform counts table, or null for the model's own counts
     */
    static ServedModel of(TagcatModel model, String source, Instant loadedAt, Popularity popularity) {
        return new ServedModel(model, source, loadedAt, popularity);
    }

    private static ObjectNode map(TagcatModel model) {
        double[] xy = CategoryMap.layout(model.centroids(), model.parameters().kmeans().seed());
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode arr = root.putArray("categories");
        for (Category c : model.categories()) {
            arr.addObject().put("id", c.id()).put("name", c.name()).put("size", c.size())
                    .put("x", SuggestJson.round(xy[c.id() * 2])).put("y", SuggestJson.round(xy[c.id() * 2 + 1]));
        }
        return root;
    }
}
