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
import tagcat.category.TagWeight;
import tagcat.model.TagcatModel;
import tagcat.suggest.Catalogue;
import tagcat.suggest.CatalogueJson;

@Command(name = "search", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Finds categories by tag, by name, or by several tags, best first.",
            "",
            "Each query term counts by its weight in a category relative to the category's leading tag (1 = leads "
                + "it); several terms add up, so categories holding all of them come first, and a term that is a "
                + "category's exact name puts it on top. Case and a leading # do not matter; a term no tag is spelled "
                + "as matches tags one edit away (3+ letters; two edits for 8+), then tags it begins, at lower weight.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat search --model model.json pizza",
            "  tagcat search --model model.json '#Pasta' italy",
            "  tagcat search --model model.json archtecture        # typo: finds #architecture",
            "  tagcat search --model model.json food_italy --json"})
final class SearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Tags and/or category names.")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Categories shown at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON document: {\"query\":..,\"results\":[{\"id\",\"name\",\"size\",\"score\",\"matched\":[..]}]}.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        String q = String.join(" ", query);
        if (q.replace("#", "").isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "empty query: give tags or category names");
        }
        TagcatModel m = model.load();
        Catalogue catalogue = new Catalogue(m);
        List<Catalogue.Hit> hits = catalogue.search(q, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CatalogueJson.search(q, hits));
        } else if (hits.isEmpty()) {
            out.println("no category matches '" + q + "'");
        } else {
            int w = Math.max(4, hits.stream().mapToInt(h -> h.category().name().length()).max().orElse(4));
            out.printf(Locale.ROOT, "%4s  %-" + w + "s  %7s  %5s  %s%n", "id", "name", "posts", "score", "matched / top tags");
            for (Catalogue.Hit h : hits) {
                out.printf(Locale.ROOT, "%4d  %-" + w + "s  %7d  %5.3f  %s | %s%n", h.category().id(), h.category().name(),
                        h.category().size(), h.score(),
                        h.matches().stream().map(Catalogue.Match::toString).collect(Collectors.joining(", ")),
                        h.category().tags().stream().limit(5).map(TagWeight::tag).collect(Collectors.joining(" ")));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
