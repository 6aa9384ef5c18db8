package tagcat.suggest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import tagcat.category.Category;
import tagcat.category.TagWeight;
import tagcat.model.TagcatModel;
import tagcat.text.Vocabulary;

/**
 * The JSON documents of the catalogue (browsing a model's categories): the category list, one category in full,
 * search results and where a tag belongs. This is the one place these documents are built; the CLI's
 * {@code categories}, {@code category}, {@code search} and {@code tag} commands print them with {@code --json},
 * and the HTTP API is to serve the same. The schema is in {@code docs/json.md}. Weights, scores, shares and
 * similarities are rounded to 6 decimals ({@link SuggestJson#round}).
 */
public final class CatalogueJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CatalogueJson() {
    }

    /**
     * The category list ({@code tagcat categories --json}):
     * {@code {"k", "posts", "vocabulary", "categories": [{"id", "name", "size", "leading": [..], "tags": [{"tag", "weight"}, ..]}, ..]}}.
     *
     * @param categories the categories to list, in the order given
     * @param model      the model they belong to (its k, training posts and vocabulary size)
     * @param top        each category's first {@code top} tags at most (of those stored in the model)
     */
    public static ObjectNode categories(List<Category> categories, TagcatModel model, int top) {
        ObjectNode root = NODES.objectNode();
        root.put("k", model.centroids().k()).put("posts", model.input().posts())
                .put("vocabulary", model.vectorizer().vocabulary().size());
        ArrayNode arr = root.putArray("categories");
        for (Category c : categories) {
            ObjectNode o = arr.addObject().put("id", c.id()).put("name", c.name()).put("size", c.size());
            leading(o, c);
            ArrayNode tags = o.putArray("tags");
            for (TagWeight t : c.tags().subList(0, Math.min(Math.max(top, 0), c.tags().size()))) {
                tags.addObject().put("tag", t.tag()).put("weight", SuggestJson.round(t.weight()));
            }
        }
        return root;
    }

    /**
     * One category in full ({@code tagcat category --json}), computing its tags and nearest categories:
     * see {@link #category(Catalogue, Category, List, int, List)}.
     *
     * @param limit   its {@code limit} heaviest tags at most ({@link Integer#MAX_VALUE} for all)
     * @param nearest the {@code nearest} most similar other categories at most
     */
    public static ObjectNode category(Catalogue catalogue, Category category, int limit, int nearest) {
        List<TagWeight> all = catalogue.tags(category);
        return category(catalogue, category, all.subList(0, Math.min(Math.max(limit, 0), all.size())), all.size(),
                catalogue.nearest(category, nearest));
    }

    /**
     * One category in full: {@code {"id", "name", "size", "leading": [..], "tag_count", "tags": [{"tag", "weight",
     * "posts", "spread"}, ..], "nearest": [{"id", "name", "similarity"}, ..], "samples": null}}.
     *
     * @param tags     the tags to show, heaviest first ({@link Catalogue#tags} or its beginning)
     * @param tagCount how many tags the category has in all (weight above 0)
     * @param nearest  the nearest other categories ({@link Catalogue#nearest})
     */
    public static ObjectNode category(Catalogue catalogue, Category category, List<TagWeight> tags, int tagCount,
                                      List<Catalogue.Neighbour> nearest) {
        Vocabulary v = catalogue.model().vectorizer().vocabulary();
        ObjectNode o = NODES.objectNode();
        o.put("id", category.id()).put("name", category.name()).put("size", category.size());
        leading(o, category);
        o.put("tag_count", tagCount);
        ArrayNode arr = o.putArray("tags");
        for (TagWeight t : tags) {
            int id = v.id(t.tag());
            arr.addObject().put("tag", t.tag()).put("weight", SuggestJson.round(t.weight())).put("posts", v.df(id))
                    .put("spread", SuggestJson.round(catalogue.specificity().spread(id)));
        }
        ArrayNode n = o.putArray("nearest");
        for (Catalogue.Neighbour x : nearest) {
            n.addObject().put("id", x.category().id()).put("name", x.category().name())
                    .put("similarity", SuggestJson.round(x.similarity()));
        }
        o.putNull("samples");
        return o;
    }

    /**
     * Search results ({@code tagcat search --json}): {@code {"query", "results": [{"id", "name", "size", "score",
     * "matched": [{"term", "matched", "how"}, ..]}, ..]}}, {@code how} being exact, typo, prefix or name.
     *
     * @param query the query as given
     * @param hits  {@link Catalogue#search}'s answer, best first
     */
    public static ObjectNode search(String query, List<Catalogue.Hit> hits) {
        ObjectNode o = NODES.objectNode();
        o.put("query", query);
        ArrayNode arr = o.putArray("results");
        for (Catalogue.Hit h : hits) {
            ObjectNode j = arr.addObject().put("id", h.category().id()).put("name", h.category().name())
                    .put("size", h.category().size()).put("score", SuggestJson.round(h.score()));
            ArrayNode matched = j.putArray("matched");
            for (Catalogue.Match x : h.matches()) {
                matched.addObject().put("term", x.term()).put("matched", x.matched())
                        .put("how", x.kind().name().toLowerCase(Locale.ROOT));
            }
        }
        return o;
    }

    /**
     * Where a tag belongs ({@code tagcat tag --json}): {@code {"tag", "posts", "post_share", "idf", "spread",
     * "category_count", "categories": [{"id", "name", "share", "weight", "rank"}, ..]}}.
     *
     * @param info  {@link Catalogue#tag}'s answer
     * @param limit its first {@code limit} categories at most (largest share first); category_count counts all
     */
    public static ObjectNode tag(Catalogue.TagInfo info, int limit) {
        List<Catalogue.Membership> shown = info.categories().subList(0, Math.min(Math.max(limit, 0), info.categories().size()));
        ObjectNode o = NODES.objectNode();
        o.put("tag", info.tag()).put("posts", info.posts()).put("post_share", SuggestJson.round(info.postShare()))
                .put("idf", SuggestJson.round(info.idf())).put("spread", SuggestJson.round(info.spread()))
                .put("category_count", info.categories().size());
        ArrayNode arr = o.putArray("categories");
        for (Catalogue.Membership x : shown) {
            arr.addObject().put("id", x.category().id()).put("name", x.category().name())
                    .put("share", SuggestJson.round(x.share())).put("weight", SuggestJson.round(x.weight()))
                    .put("rank", x.rank());
        }
        return o;
    }

    private static void leading(ObjectNode o, Category c) {
        ArrayNode leading = o.putArray("leading");
        c.leadingTags().forEach(leading::add);
    }
}
