package tagcat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the team's shared datasets (never copied into the project): the system property
 * {@code tagcat.shared} or the environment variable {@code TAGCAT_SHARED}, else a {@code shared/}
 * folder beside the working directory or any of its parents (../shared from the repository root).
 */
public final class SharedData {
    private SharedData() {
    }

    public static Optional<Path> harrisonTagList() {
        return find("datasets/harrison/tag_list.txt");
    }

    public static Optional<Path> harrisonDataList() {
        return find("datasets/harrison/data_list.txt");
    }

    /**
     * Stops a test that needs the shared data when it is missing: in CI ({@code CI=true}, set by .ci/run) that is
     * a failure, since CI must have the data; elsewhere the test is skipped with the reason printed.
     */
    public static void requirePresent(boolean present, String what) {
        require(present, what + " not found: set TAGCAT_SHARED or keep ../shared beside the repository");
    }

    /** As {@link #requirePresent}, for anything a test needs from the machine (a browser, a tool): fail in CI, else skip. */
    public static void require(boolean present, String reason) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true but " + reason);
        }
        System.err.println("skipped: " + reason);
        org.junit.jupiter.api.Assumptions.abort(reason);
    }

    static Optional<Path> find(String relative) {
        String configured = System.getProperty("tagcat.shared", System.getenv("TAGCAT_SHARED"));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured).resolve(relative);
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared").resolve(relative);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
