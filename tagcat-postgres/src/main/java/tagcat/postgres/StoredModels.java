package tagcat.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import tagcat.model.ModelFile;
import tagcat.model.TagcatModel;

/** Models stored by a run ({@code models.model}), loaded with every check a model file gets. */
public final class StoredModels {
    private StoredModels() {
    }

    /**
     * @param runId the run whose model to load; null for the latest run that stored one
     * @throws DatabaseException if there is no such model (the message says which runs have one)
     */
    public static TagcatModel load(Database db, String schema, String runId) throws java.io.IOException {
        String s = SqlNames.quoted("--model-schema", schema);
        String sql = runId == null
                ? "SELECT m.run_id, m.model FROM " + s + ".models m JOIN " + s + ".runs r USING (run_id)"
                        + " ORDER BY r.finished DESC, m.run_id DESC LIMIT 1"
                : "SELECT run_id, model FROM " + s + ".models WHERE run_id = ?";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            c.setReadOnly(true);
            if (runId != null) {
                ps.setString(1, runId);
            }
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    throw new DatabaseException(db.describe() + ": " + (runId == null ? "no run in " + schema
                            + ".models (write one with cluster --out-jdbc)" : "no model for run '" + runId + "' in "
                            + schema + ".models (cluster --out-jdbc stores one)"));
                }
                return ModelFile.fromBytes(db.describe() + " " + schema + ".models run " + r.getString(1), r.getBytes(2));
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw new DatabaseException(db.describe() + ": no table " + schema + ".models (write a run with cluster --out-jdbc first)", e);
            }
            throw db.failed("loading a model", e);
        }
    }
}
