package tagcat.cli;

import tagcat.parallel.Parallelism;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.ingest.BadLine;
import tagcat.ingest.MalformedInputException;
import tagcat.ingest.OnError;
import tagcat.ingest.PgArrayFormat;
import tagcat.ingest.Post;
import tagcat.ingest.ReadReport;
import tagcat.model.AtomicFile;

@Command(name = "extract", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Writes the posts exactly as tagcat reads them.",
            "",
            "Hashtags are extracted, normalized (NFKC, lower case, no #) and de-duplicated; one output line per input "
                + "line that became a post. Use it to convert captions into tag lists, or to see what tagcat sees.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat extract captions.txt --format text --to pgarray",
            "  tagcat extract posts.jsonl --field caption --to jsonl --out posts.tags.jsonl"})
final class ExtractCommand implements Callable<Integer> {

    enum Target { pgarray, tags, jsonl }

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--to", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES}; jsonl is {\"line\":N,\"tags\":[..]} (default: ${DEFAULT-VALUE}).")
    Target to;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file, written atomically (.gz to compress; default: stdout).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = Progress.forStderr(err, quiet, 1);
        Outputs.check("--out", out, input.inputs);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            extract(stdout, err, progress);
            stdout.flush();
        } else {
            AtomicFile.write(out, os -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
                extract(w, err, progress);
                w.flush();
            });
        }
        return ExitCodes.OK;
    }

    private void extract(Writer w, PrintWriter err, Progress progress) throws IOException {
        boolean withFile = input.inputs.size() > 1;
        long[] unwritable = {0};
        try {
            ReadReport report = CorpusLoader.read(input, Parallelism.allCores(), post -> {
                try {
                    String line = render(post, withFile);
                    if (line == null) {
                        BadLine bad = new BadLine(post.source(), post.line(),
                                "a tag contains a space or comma, which the tags format cannot hold; use --to pgarray or jsonl");
                        if (input.onError == OnError.FAIL) {
                            throw new MalformedInputException(bad);
                        }
                        err.println("warning: " + bad);
                        unwritable[0]++;
                        return;
                    }
                    w.write(line);
                    w.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, err, progress);
            if (unwritable[0] > 0) {
                err.println(unwritable[0] + " posts not written (see warnings); " + report.summary());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private String render(Post post, boolean withFile) {
        switch (to) {
            case pgarray:
                return PgArrayFormat.format(post.tags());
            case tags:
                for (String t : post.tags()) {
                    for (int i = 0; i < t.length(); i++) {
                        char c = t.charAt(i);
                        if (c == ',' || Character.isWhitespace(c)) {
                            return null;
                        }
                    }
                }
                return String.join(" ", post.tags());
            default:
                ObjectNode o = Json.MAPPER.createObjectNode();
                if (withFile) {
                    o.put("file", post.source());
                }
                o.put("line", post.line());
                o.putPOJO("tags", post.tags());
                return o.toString();
        }
    }
}
