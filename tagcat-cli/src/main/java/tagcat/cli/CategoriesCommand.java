package tagcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.category.Category;
import tagcat.category.TagWeight;
import tagcat.model.TagcatModel;
import tagcat.suggest.CatalogueJson;

@Command(name = "categories", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Lists a model's categories: id, name, size, leading tags and top tags.",
            "",
            "Largest first, as 'tagcat cluster' prints them. 'tagcat category NAME' shows one in full.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat categories --model model.json",
            "  tagcat categories --model model.json --top 5 --sort name",
            "  tagcat categories --model model.json --json | jq '.categories[].name'"})
final class CategoriesCommand implements Callable<Integer> {
    enum Sort { size, id, name }

    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Top tags shown per category (default: ${DEFAULT-VALUE}; at most those stored).")
    int top;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "size", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Sort sort;

    @Option(names = "--json", description = "One JSON document: {\"categories\":[{\"id\",\"name\",\"size\",\"leading\",\"tags\":[{\"tag\",\"weight\"}]}]}.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--top must be at least 1, got " + top);
        }
        TagcatModel m = model.load();
        PrintWriter out = spec.commandLine().getOut();
        Comparator<Category> order = switch (sort) {
            case size -> Comparator.comparingInt(Category::size).reversed().thenComparingInt(Category::id);
            case id -> Comparator.comparingInt(Category::id);
            case name -> Comparator.comparing(Category::name);
        };
        List<Category> cats = m.categories().stream().sorted(order).toList();
        if (json) {
            out.println(CatalogueJson.categories(cats, m, top));
        } else {
            out.printf("%d categories of %,d posts, %,d tags%n%n", m.centroids().k(), m.input().posts(),
                    m.vectorizer().vocabulary().size());
            int w = Math.max(4, cats.stream().mapToInt(c -> c.name().length()).max().orElse(4));
            out.printf("%4s  %-" + w + "s  %7s  %s%n", "id", "name", "posts", "top tags");
            for (Category c : cats) {
                out.printf("%4d  %-" + w + "s  %7d  %s%n", c.id(), c.name(), c.size(), c.tags().stream().limit(top)
                        .map(TagWeight::tag).collect(Collectors.joining(" ")));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
