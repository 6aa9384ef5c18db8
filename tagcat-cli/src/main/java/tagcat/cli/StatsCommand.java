package tagcat.cli;

import tagcat.parallel.Parallelism;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.plot.StatsCharts;
import tagcat.text.TagStats;

@Command(name = "stats", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Describes posts before clustering: tags per post, most used tags, tag frequency by rank.",
            "",
            "The tags-per-post histogram is the article's first picture (Instagram posts peak at 1 tag and at the "
                + "30-tag limit); frequency by rank on log-log axes shows Zipf's law, and its fitted exponent is printed. "
                + "--plot writes the charts as PNG and SVG.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat stats samples/posts.txt.gz",
            "  tagcat stats ../shared/datasets/harrison/tag_list.txt --format tags --plot docs/harrison",
            "  tagcat stats posts.jsonl --json --top 100 > stats.json"})
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Most used tags to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--plot", paramLabel = "DIR",
            description = "Write tags-per-post, top-tags and tag-rank charts (.png and .svg) into DIR.")
    Path plot;

    @Option(names = "--json", description = "Print one JSON document instead of the report.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (top < 1) {
            throw new IllegalArgumentException("--top must be >= 1, got " + top);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.forStderr(err, quiet, 1);
        CorpusLoader.Loaded loaded = CorpusLoader.load(input, Parallelism.allCores(), err, progress);
        TagStats stats = TagStats.of(loaded.corpus());
        if (plot != null) {
            int files = Outputs.charts(plot, dir -> StatsCharts.writeAll(stats, dir)); // all or none
            if (!quiet) {
                err.println("wrote " + files + " files to " + plot);
            }
        }
        if (json) {
            out.println(json(loaded, stats));
        } else {
            print(out, loaded, stats);
        }
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private String json(CorpusLoader.Loaded loaded, TagStats s) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("posts", s.posts());
        ObjectNode dropped = root.putObject("dropped");
        dropped.put("empty", loaded.report().droppedEmpty());
        dropped.put("malformed", loaded.report().malformed());
        root.put("tags", s.distinctTags());
        root.put("occurrences", s.occurrences());
        root.put("read_s", Math.round(loaded.seconds() * 1000) / 1000.0);
        ObjectNode per = root.putObject("tags_per_post");
        per.put("mean", Math.round(s.meanTagsPerPost() * 1e4) / 1e4);
        per.put("median", s.medianTagsPerPost());
        per.put("mode", s.modeTagsPerPost());
        ArrayNode hist = per.putArray("histogram");
        long[] h = s.tagsPerPost();
        for (int c = 1; c < h.length; c++) {
            hist.addObject().put("tags", c).put("posts", h[c]);
        }
        ArrayNode topTags = root.putArray("top_tags");
        for (TagStats.TagCount t : s.top(top)) {
            topTags.addObject().put("tag", t.tag()).put("posts", t.posts());
        }
        double zipf = s.zipfExponent();
        if (Double.isNaN(zipf)) {
            root.putNull("zipf_exponent");
        } else {
            root.put("zipf_exponent", Math.round(zipf * 1e4) / 1e4);
        }
        // frequency by rank at ranks 1, 2, 4, 8, ... and the last: the log-log curve without the whole vocabulary
        ArrayNode rank = root.putArray("frequency_by_rank");
        int[] f = s.frequencies();
        for (int r = 1; r <= f.length; r *= 2) {
            rank.addObject().put("rank", r).put("posts", f[r - 1]);
            if (r > f.length / 2 && r != f.length) {
                rank.addObject().put("rank", f.length).put("posts", f[f.length - 1]);
            }
        }
        return root.toString();
    }

    private void print(PrintWriter out, CorpusLoader.Loaded loaded, TagStats s) {
        out.printf("%,d posts, %,d distinct tags, %,d tag occurrences%s%n", s.posts(), s.distinctTags(), s.occurrences(),
                loaded.report().droppedEmpty() + loaded.report().malformed() > 0
                        ? String.format(" (dropped: %,d empty, %,d malformed)", loaded.report().droppedEmpty(),
                                loaded.report().malformed()) : "");
        out.printf("tags per post: mean %.2f, median %d, most common %d%n%n", s.meanTagsPerPost(),
                s.medianTagsPerPost(), s.modeTagsPerPost());
        long[] h = s.tagsPerPost();
        long max = 1;
        for (long v : h) {
            max = Math.max(max, v);
        }
        out.printf("%5s  %9s  %6s%n", "tags", "posts", "share");
        for (int c = 1; c < Math.min(h.length, TagStats.HISTOGRAM_ROWS + 1); c++) {
            int bar = (int) Math.round(40.0 * h[c] / max);
            out.printf("%5d  %,9d  %5.1f%%  %s%n", c, h[c], 100.0 * h[c] / Math.max(1, s.posts()), "#".repeat(bar));
        }
        if (h.length > TagStats.HISTOGRAM_ROWS + 1) { // the rest in one row, however long the longest post
            long more = s.postsWithMoreTagsThan(TagStats.HISTOGRAM_ROWS);
            out.printf("%5s  %,9d  %5.1f%%  (the longest post has %,d tags)%n", ">" + TagStats.HISTOGRAM_ROWS, more,
                    100.0 * more / Math.max(1, s.posts()), h.length - 1);
        }
        out.println();
        List<TagStats.TagCount> topTags = s.top(top);
        int width = Math.max(3, topTags.stream().mapToInt(t -> t.tag().length()).max().orElse(3));
        out.printf("%5s  %-" + width + "s  %9s  %6s%n", "rank", "tag", "posts", "share");
        for (int i = 0; i < topTags.size(); i++) {
            TagStats.TagCount t = topTags.get(i);
            out.printf("%5d  %-" + width + "s  %,9d  %5.1f%%%n", i + 1, t.tag(), t.posts(), 100.0 * t.posts() / Math.max(1, s.posts()));
        }
        double zipf = s.zipfExponent();
        out.println();
        out.println(Double.isNaN(zipf) ? "tag frequency by rank: too few tags for a Zipf fit"
                : String.format("tag frequency by rank: Zipf exponent %.2f (posts ~ rank^-%.2f, fitted on tags with >= %d posts)",
                        zipf, zipf, TagStats.ZIPF_MIN_POSTS));
    }
}
