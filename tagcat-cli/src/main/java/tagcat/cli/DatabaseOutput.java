package tagcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Option;
import tagcat.postgres.Database;
import tagcat.postgres.ResultTables;
import tagcat.postgres.Run;
import tagcat.postgres.RunWriter;
import tagcat.postgres.SqlNames;

/** {@code --out-jdbc}: a run's results written to PostgreSQL tables in one transaction (cluster, assign). */
final class DatabaseOutput {
    @Option(names = "--out-jdbc", paramLabel = "URL",
            description = {"Also write the results to PostgreSQL (jdbc:postgresql://host:port/database), in one transaction:",
                "tables runs, categories, category_tags, post_categories (and models, for cluster) in --out-schema,",
                "created when missing. Password as for --jdbc."})
    String url;

    @Option(names = "--out-schema", paramLabel = "SCHEMA", defaultValue = ResultTables.DEFAULT_SCHEMA,
            description = "--out-jdbc: the schema of the result tables (default: ${DEFAULT-VALUE}).")
    String schema;

    @Option(names = "--run-id", paramLabel = "ID", description = "--out-jdbc: the run's id (default: the command and its start time, cluster-20261203T120000.123Z).")
    String runId;

    @Option(names = "--replace", description = "--out-jdbc: overwrite a run of the same --run-id (else it is refused).")
    boolean replace;

    final Instant started = Instant.now();

    boolean given() {
        return url != null;
    }

    /** Checks the options before any work: a plain schema name, post ids that say which post they are. */
    void check(InputOptions input) {
        if (url == null) {
            if (runId != null || replace) {
                throw new UsageError("--run-id and --replace go with --out-jdbc");
            }
            return;
        }
        try {
            SqlNames.checked("--out-schema", schema);
            input.database(url);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (!input.fromDatabase() && input.inputs.size() > 1) {
            throw new UsageError("--out-jdbc names posts by line number, which is ambiguous across " + input.inputs.size()
                    + " files; give one file (or read them with --jdbc)");
        }
    }

    String runId(String command) {
        return runId != null ? runId : Run.defaultId(command, started);
    }

    void write(InputOptions input, Run run, PrintWriter err, boolean quiet) throws IOException {
        RunWriter.Listener progress = quiet ? RunWriter.Listener.NONE : (table, rows) -> {
            if (table.equals("post_categories") && rows % (16 * 8192) == 0) {
                err.print("\rwriting post_categories: " + String.format("%,d", rows) + " rows");
                err.flush();
            }
        };
        long t0 = System.nanoTime();
        Database db = input.database(url);
        new RunWriter(db, schema, progress).write(run, replace);
        if (!quiet) {
            err.println("\rwrote run " + run.runId() + " to " + db.describe() + ", schema " + schema
                    + ": " + run.categories().size() + " categories, " + String.format("%,d", run.posts()) + " posts in "
                    + String.format(java.util.Locale.ROOT, "%.2f s", (System.nanoTime() - t0) / 1e9));
            err.flush();
        }
    }
}
