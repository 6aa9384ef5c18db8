package tagcat.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import tagcat.category.Category;
import tagcat.category.TagWeight;
import tagcat.category.TagsPerCategory;
import tagcat.model.TagcatModel;
import tagcat.train.TrainingResult;

/** What {@code tagcat cluster} prints for people (the JSON document is the core's {@code TrainingJson}). */
final class ClusterReport {
    private ClusterReport() {
    }

    static void printTable(PrintWriter out, TrainingResult trained) {
        TagcatModel m = trained.model();
        out.printf("%,d posts, %,d tags, k = %d: inertia %.4f after %d iterations%s%n", trained.posts(),
                m.vectorizer().vocabulary().size(), m.centroids().k(), m.fit().inertia(), m.fit().iterations(),
                m.fit().converged() ? " (converged)" : " (max-iter reached)");
        out.printf("method %s; %s%s%s%n", m.parameters().method().id(), trained.balance(),
                trained.uncategorized() > 0 ? String.format("; %,d posts uncategorized (--min-similarity)", trained.uncategorized()) : "",
                // posts whose every tag the df limits pruned: in no category, so the sizes add up to fewer posts
                trained.noKnownTag() > 0 ? String.format("; %,d %s in no category: none of %s tags is in the vocabulary "
                        + "(--min-df, --max-df, --max-features)", trained.noKnownTag(), trained.noKnownTag() == 1 ? "post" : "posts",
                        trained.noKnownTag() == 1 ? "its" : "their") : "");
        List<Category> bySize = m.categories().stream()
                .sorted(Comparator.comparingInt(Category::size).reversed().thenComparingInt(Category::id)).toList();
        int nameWidth = Math.max(4, bySize.stream().mapToInt(c -> c.name().length()).max().orElse(4));
        out.println();
        out.printf("%4s  %-" + nameWidth + "s  %7s  %4s  %s%n", "id", "name", "posts", "core", "top tags");
        for (Category c : bySize) {
            out.printf("%4d  %-" + nameWidth + "s  %7d  %4d  %s%n", c.id(), c.name(), c.size(), trained.coreTags(c.id()),
                    c.tags().stream().map(TagWeight::tag).collect(Collectors.joining(" ")));
        }
        out.printf("%ncore: how many tags carry %.0f%% of a category's squared centroid weight (--top auto lists them)%n",
                100 * TagsPerCategory.DEFAULT_SHARE);
    }
}
