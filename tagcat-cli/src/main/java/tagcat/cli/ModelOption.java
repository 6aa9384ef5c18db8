package tagcat.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import tagcat.model.ModelFile;
import tagcat.model.TagcatModel;
import tagcat.postgres.Database;
import tagcat.postgres.ResultTables;
import tagcat.postgres.StoredModels;

/**
 * {@code --model M}: the model file written by {@code tagcat cluster --model}, or a database a run stored one in
 * ({@code cluster --out-jdbc}); shared by the commands that read one.
 */
final class ModelOption {
    @Option(names = {"-m", "--model"}, paramLabel = "MODEL", required = true,
            description = {"Model file written by 'tagcat cluster --model' (.gz or not),",
                "or jdbc:postgresql://host/db for a model stored by 'cluster --out-jdbc' (see --model-run)."})
    String model;

    @Option(names = "--model-run", paramLabel = "ID", description = "--model jdbc:...: the run whose model to load (default: the latest).")
    String run;

    @Option(names = "--model-schema", paramLabel = "SCHEMA", defaultValue = ResultTables.DEFAULT_SCHEMA,
            description = "--model jdbc:...: the schema of the result tables (default: ${DEFAULT-VALUE}).")
    String schema;

    TagcatModel load() throws IOException {
        return load(model, run, schema);
    }

    /** A model from a file, or from a database's {@code models} table when {@code model} is a JDBC URL. */
    static TagcatModel load(String model, String run, String schema) throws IOException {
        if (model.startsWith("jdbc:")) {
            Database db;
            try {
                db = Database.of(model, null, System.getenv());
            } catch (IllegalArgumentException e) {
                throw new UsageError("--model: " + e.getMessage());
            }
            return StoredModels.load(db, schema, run);
        }
        if (run != null) {
            throw new UsageError("--model-run picks a run of --model jdbc:...; --model " + model + " is a file");
        }
        return ModelFile.read(Path.of(model));
    }

    static boolean isDatabase(String model) {
        return model != null && model.startsWith("jdbc:");
    }
}
