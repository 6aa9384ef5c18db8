package tagcat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code tagcat serve} refuses before it listens; the service itself is tested in tagcat-server. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void helpTeachesTheDefaultsAndExamples() {
        CliRun r = CliRun.of("serve", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--host", "127.0.0.1", "--port", "8080", "--token", "--watch", "trains on the bundled sample",
                "tagcat serve --model model.json.gz --watch");
    }

    @Test
    void aMissingOrDamagedModelIsAnErrorNamingTheFile() throws Exception {
        CliRun missing = CliRun.of("serve", "--model", dir.resolve("none.json").toString(), "--port", "0");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).contains("none.json");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{not a model");
        CliRun damaged = CliRun.of("serve", "--model", bad.toString(), "--port", "0");
        assertThat(damaged.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(damaged.err()).contains("bad.json").doesNotContain("Exception");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(CliRun.of("serve", "--token", "short").err()).contains("at least 16 characters");
        assertThat(CliRun.of("serve", "--token", "short").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("serve", "--log-format", "xml").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.of("serve", "--watch").err()).contains("--watch needs --model");
        assertThat(CliRun.of("serve", "--port", "70000").exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
