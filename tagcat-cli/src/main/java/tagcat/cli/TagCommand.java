package tagcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tagcat.ingest.TagNormalizer;
import tagcat.model.TagcatModel;
import tagcat.suggest.Catalogue;
import tagcat.suggest.CatalogueJson;

@Command(name = "tag", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Tells which categories a tag belongs to (a tag can belong to several).",
            "",
            "A tag belongs to every category where some post used it (centroid weight above 0). They are listed by "
                + "the category's share of the tag's weight (size x weight), with the tag's rank among the category's "
                + "tags (1 = leading tag). Also: its posts in the model's corpus, idf, and spread (the effective number "
                + "of categories it is spread over; 1 = one category: specific).",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat tag --model model.json italy",
            "  tagcat tag --model model.json '#Sunset' --limit 3 --json"})
final class TagCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOption model;

    @Parameters(paramLabel = "TAG", description = "The tag (case and a leading # do not matter).")
    String tag;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Categories shown at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "One JSON document.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
        }
        if (TagNormalizer.normalize(tag) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "empty tag");
        }
        TagcatModel m = model.load();
        Catalogue catalogue = new Catalogue(m);
        Catalogue.TagInfo info = catalogue.tag(tag).orElseThrow(() -> {
            List<String> near = catalogue.didYouMean(tag, 5);
            return new IllegalArgumentException("#" + TagNormalizer.normalize(tag) + " is not in the model: no training post used it"
                    + (m.parameters().tfidf().equals(tagcat.text.TfIdfOptions.defaults()) ? "" : " (or the df limits pruned it)")
                    + (near.isEmpty() ? "" : "; did you mean " + SuggestionPrinter.hashtags(near) + "?"));
        });
        List<Catalogue.Membership> shown = info.categories().subList(0, Math.min(limit, info.categories().size()));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CatalogueJson.tag(info, limit));
        } else {
            out.printf(Locale.ROOT, "#%s: %,d posts in the model's corpus (%.2f%%), idf %.3f, spread over %.1f categories; in %d categories%n%n",
                    info.tag(), info.posts(), 100 * info.postShare(), info.idf(), info.spread(), info.categories().size());
            int w = Math.max(4, shown.stream().mapToInt(x -> x.category().name().length()).max().orElse(4));
            out.printf(Locale.ROOT, "%4s  %-" + w + "s  %6s  %7s  %5s%n", "id", "name", "share", "weight", "rank");
            for (Catalogue.Membership x : shown) {
                out.printf(Locale.ROOT, "%4d  %-" + w + "s  %5.1f%%  %7.4f  %5d%n", x.category().id(), x.category().name(),
                        100 * x.share(), x.weight(), x.rank());
            }
            if (shown.size() < info.categories().size()) {
                out.printf("... %d more (--limit)%n", info.categories().size() - shown.size());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
