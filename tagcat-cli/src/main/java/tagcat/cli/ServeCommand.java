package tagcat.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tagcat.ingest.OnError;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.server.Limits;
import tagcat.server.ModelStore;
import tagcat.server.ServerOptions;
import tagcat.server.TagcatServer;
import tagcat.suggest.Popularity;
import tagcat.train.Training;
import tagcat.train.TrainingOptions;
import tagcat.train.TrainingResult;

@Command(name = "serve", sortOptions = false, usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = {
            "Serves a model over HTTP: the web page (compose a post and pick suggested hashtags, the catalogue, each "
                + "category, a map) and the JSON API behind it (docs/server.md).",
            "",
            "Without --model it trains on the bundled sample first (k = 30, a few seconds), so it works on a fresh clone. "
                + "It listens on 127.0.0.1 only unless --host says otherwise. Ctrl-C or SIGTERM lets requests in flight finish.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  tagcat serve                                   # the sample, on http://127.0.0.1:8080/",
            "  tagcat serve --model model.json.gz --port 9000 --popularity counts.csv",
            "  tagcat serve --model model.json.gz --watch     # reload when the file is replaced",
            "  TAGCAT_TOKEN=$(openssl rand -hex 16) tagcat serve --model model.json.gz   # enables POST /admin/reload",
            "  tagcat serve --model model.json.gz --host 0.0.0.0 --log-format json   # behind a reverse proxy"})
final class ServeCommand implements Callable<Integer> {
    static final String SAMPLE = "samples/posts.txt.gz";

    @Spec
    CommandSpec spec;

    @Option(names = {"-m", "--model"}, paramLabel = "MODEL",
            description = "Model file from 'tagcat cluster --model', or jdbc:postgresql://host/db for one stored by 'cluster --out-jdbc' (default: train on the bundled sample).")
    String model;

    @Option(names = "--model-run", paramLabel = "ID", description = "--model jdbc:...: the run whose model to serve (default: the latest).")
    String modelRun;

    @Option(names = "--model-schema", paramLabel = "SCHEMA", defaultValue = tagcat.postgres.ResultTables.DEFAULT_SCHEMA,
            description = "--model jdbc:...: the schema of the result tables (default: ${DEFAULT-VALUE}).")
    String modelSchema;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerOptions.LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerOptions.DEFAULT_PORT, description = "Port (default: ${DEFAULT-VALUE}; 0 = any free one).")
    int port;

    @Option(names = "--popularity", paramLabel = "FILE", description = "Platform post counts per tag, 'tag,posts' rows (as in 'tagcat suggest'); "
            + "then suggestions keep to the article's 100k-10m band by default.")
    Path popularity;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:TAGCAT_TOKEN}",
            description = "Enables POST /admin/reload for 'Authorization: Bearer TOKEN' (16+ characters; default: $TAGCAT_TOKEN; none = admin off).")
    String token;

    @Option(names = "--watch", description = "Reload the model when its file changes; a bad file is logged and the old model keeps serving.")
    boolean watch;

    @Option(names = "--cors", paramLabel = "ORIGIN", description = "Allow cross-origin requests from ORIGIN (default: none).")
    String cors;

    @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text", description = "Access log on stdout: text or json (default: ${DEFAULT-VALUE}).")
    String logFormat;

    @Option(names = "--threads", paramLabel = "N", description = "HTTP threads at most (default: 8 per core, at least 16).")
    Integer threads;

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: 65536).")
    Integer maxBody;

    @Option(names = "--max-tags", paramLabel = "N", description = "Most tags in one post (default: 100).")
    Integer maxTags;

    @Option(names = "--max-batch", paramLabel = "N", description = "Most posts in one POST /api/assign (default: 1000).")
    Integer maxBatch;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!logFormat.equals("text") && !logFormat.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--log-format must be text or json, got " + logFormat);
        }
        ServerOptions options;
        try {
            options = ServerOptions.defaults().withHost(host).withPort(port).withToken(token == null || token.isEmpty() ? null : token)
                    .withCorsOrigin(cors).withJsonLog(logFormat.equals("json")).withLimits(limits());
            options = threads == null ? options : options.withThreads(threads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (watch && model == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--watch needs --model FILE to watch");
        }
        Popularity counts = popularity == null ? null : Popularity.read(popularity, OnError.SKIP);
        if (counts != null && !counts.badRows().isEmpty()) {
            err.println(popularity + ": " + counts.badRows().size() + " bad rows skipped (first: " + counts.badRows().get(0) + ")");
        }
        if (watch && ModelOption.isDatabase(model)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--watch watches a model file; a model from --model jdbc:... is loaded once");
        }
        ModelStore store = model == null ? trainOnSample(err, counts)
                : ModelOption.isDatabase(model)
                ? ModelStore.of(ModelOption.load(model, modelRun, modelSchema), "database run " + (modelRun == null ? "(latest)" : modelRun),
                        counts, Clock.systemUTC())
                : ModelStore.open(Path.of(model), counts, Clock.systemUTC());
        if (options.exposed()) {
            err.println("warning: listening on " + host + ": other machines can reach this service; put it behind a reverse proxy with TLS");
        }
        err.flush();
        try (TagcatServer server = TagcatServer.create(store, options, new PrintStream(new FileOutputStream(FileDescriptor.out), true), Clock.systemUTC())) {
            server.start();
            if (watch) {
                server.watch();
            }
            new CountDownLatch(1).await(); // until Ctrl-C or SIGTERM interrupts this thread (Main)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private Limits limits() {
        Limits l = Limits.defaults();
        l = maxBody == null ? l : l.withMaxBodyBytes(maxBody);
        l = maxTags == null ? l : l.withMaxTags(maxTags);
        return maxBatch == null ? l : l.withMaxBatch(maxBatch);
    }

    private static ModelStore trainOnSample(PrintWriter err, Popularity counts) throws IOException {
        Path sample = sample();
        err.println("no --model: training on the bundled sample " + sample + " (k = 30)...");
        err.flush();
        long t0 = System.nanoTime();
        TrainingResult trained = Training.fit(PostSource.files(List.of(sample), ReadOptions.defaults()),
                TrainingOptions.defaults().withK(30), tagcat.train.TrainingListener.NONE);
        err.printf("trained in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, trained);
        return ModelStore.of(trained.model(), sample + " (trained at start)", counts, Clock.systemUTC());
    }

    /** The sample in the working directory, or in the checkout the jar was built in. */
    private static Path sample() throws IOException {
        Path here = Path.of(SAMPLE);
        if (Files.isRegularFile(here)) {
            return here;
        }
        try {
            Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent().getParent().getParent().resolve(SAMPLE);
            if (Files.isRegularFile(beside)) {
                return beside;
            }
        } catch (Exception e) {
            // not run from a checkout's jar: fall through to the message
        }
        throw new IOException("no --model given and the bundled sample " + SAMPLE + " is not here: run from the tagcat "
                + "checkout or give --model FILE (made by 'tagcat cluster --model')");
    }
}
