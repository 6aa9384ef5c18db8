package tagcat.postgres;

import java.util.Map;

/**
 * A child process for {@link RunWriterTest}: writes a run, says so after the first batch of assignments has
 * reached the server, then waits (reading stdin) to be killed with SIGKILL mid-transaction.
 */
public final class KilledWriter {
    private KilledWriter() {
    }

    public static void main(String[] args) throws Exception {
        Database db = Database.of(args[0], null, Map.of());
        new RunWriter(db, ResultTables.DEFAULT_SCHEMA, (table, rows) -> {
            if (table.equals("post_categories")) {
                System.out.println("sent " + rows);
                System.out.flush();
                System.in.read(); // never answered: the parent kills this process here
            }
        }).write(TestRuns.run("killed", TestRuns.trained(20_000)), false);
        System.out.println("committed"); // reached only if the kill failed
    }
}
