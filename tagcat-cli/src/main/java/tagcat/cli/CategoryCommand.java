package tagcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tagcat.category.Category;
import tagcat.category.TagWeight;
import tagcat.model.TagcatModel;
import tagcat.suggest.Catalogue;
import tagcat.suggest.CatalogueJson;
import tagcat.text.Vocabulary;

@Command(name = "category", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Shows one category: all its tags with weights, and the categories nearest to it.",
            "",
            "NAME or ID as 'tagcat categories' lists them; the name forgives case and a leading #. Each tag shows its "
                + "centroid weight, its posts in the model's corpus and its spread (over how many categories it is "
                + "spread; 1 = only here). Nearest categories: cosine similarity of the centroids. The model stores no "
                + "sample posts; 'tagcat cluster --assignments' lists each training post's category.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat category --model model.json food_italy",
            "  tagcat category --model model.json 7 --limit 30 --json"})
final class CategoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Parameters(paramLabel = "NAME|ID", description = "The category's name or id.")
    String which;

    @Option(names = "--limit", paramLabel = "N", description = "Show its N heaviest tags (default: all).")
    Integer limit;

    @Option(names = "--nearest", paramLabel = "N", defaultValue = "5", description = "Nearest other categories shown (default: ${DEFAULT-VALUE}).")
    int nearest;

    @Option(names = "--json", description = "One JSON document.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        TagcatModel m = model.load();
        Catalogue catalogue = new Catalogue(m);
        Category c = catalogue.find(which).orElseThrow(() -> notFound(catalogue));
        List<TagWeight> all = catalogue.tags(c);
        List<TagWeight> tags = limit == null ? all : all.subList(0, Math.min(limit, all.size()));
        List<Catalogue.Neighbour> near = catalogue.nearest(c, nearest);
        Vocabulary v = m.vectorizer().vocabulary();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CatalogueJson.category(catalogue, c, tags, all.size(), near));
        } else {
            out.printf(Locale.ROOT, "%s (id %d): %,d posts, %,d tags; leading tags %s%n%n", c.name(), c.id(), c.size(), all.size(),
                    SuggestionPrinter.hashtags(c.leadingTags()));
            int w = Math.max(3, tags.stream().mapToInt(t -> t.tag().length()).max().orElse(3));
            out.printf(Locale.ROOT, "%-" + w + "s  %7s  %9s  %6s%n", "tag", "weight", "posts", "spread");
            for (TagWeight t : tags) {
                int id = v.id(t.tag());
                out.printf(Locale.ROOT, "%-" + w + "s  %7.4f  %,9d  %6.1f%n", t.tag(), t.weight(), v.df(id),
                        catalogue.specificity().spread(id));
            }
            if (tags.size() < all.size()) {
                out.printf(Locale.ROOT, "... %,d more (--limit)%n", all.size() - tags.size());
            }
            out.println();
            out.println("nearest categories: " + (near.isEmpty() ? "none" : near.stream()
                    .map(x -> String.format(Locale.ROOT, "%s (%.3f)", x.category().name(), x.similarity()))
                    .collect(Collectors.joining(", "))));
            out.println("sample posts: not stored in the model (tagcat cluster --assignments lists each post's category)");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private IllegalArgumentException notFound(Catalogue catalogue) {
        List<Catalogue.Hit> hits;
        try {
            hits = catalogue.search(which, 3);
        } catch (IllegalArgumentException e) {
            hits = List.of();
        }
        return new IllegalArgumentException("no category '" + which + "' (ids 0 to " + (catalogue.categories().size() - 1) + ")"
                + (hits.isEmpty() ? "" : "; did you mean " + hits.stream().map(h -> h.category().name())
                .collect(Collectors.joining(", ")) + "?"));
    }
}
