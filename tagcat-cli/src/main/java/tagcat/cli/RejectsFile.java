package tagcat.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.function.Consumer;
import tagcat.ingest.BadLine;
import tagcat.ingest.MalformedInputException;
import tagcat.ingest.Post;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadProgress;
import tagcat.ingest.ReadReport;
import tagcat.ingest.RejectSink;
import tagcat.model.AtomicFile;
import tagcat.parallel.Parallelism;

/**
 * {@code --rejects FILE}: every rejected line or row, one JSON object per line
 * ({@code {"source":..,"line":..,"id":..,"reason":..,"text":..}}, {@code "base64"} instead of {@code "text"} for
 * bytes that are not UTF-8, no text for a line too long to keep), so a user can fix exactly those and read them
 * again. Gathered in a temporary file while reading and written whole when the read ends (also when
 * {@code --on-error fail} stopped it: the file then names the line that did); nothing on any other failure.
 */
final class RejectsFile implements RejectSink {
    private final Path target;
    private Path spool;
    private BufferedWriter out;
    private long count;

    RejectsFile(Path target) {
        this.target = target;
    }

    /** {@code source} whose read reports to this file, which is written when the read ends. */
    PostSource around(PostSource source) {
        return (Consumer<Post> sink, Parallelism parallelism, ReadProgress progress) -> {
            try {
                ReadReport report = source.read(sink, parallelism, progress);
                commit();
                return report;
            } catch (MalformedInputException e) {
                commit();
                throw e;
            } finally {
                discardSpool();
            }
        };
    }

    long count() {
        return count;
    }

    @Override
    public void reject(BadLine bad, byte[] raw) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("source", bad.source()).put("line", bad.line());
        if (bad.key() != null) {
            o.put("id", bad.key());
        }
        o.put("reason", bad.reason());
        if (raw != null) {
            try {
                o.put("text", StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString());
            } catch (CharacterCodingException e) {
                o.put("base64", Base64.getEncoder().encodeToString(raw));
            }
        }
        try {
            if (out == null) {
                spool = Files.createTempFile("tagcat-rejects", ".jsonl");
                out = Files.newBufferedWriter(spool);
            }
            out.write(Json.MAPPER.writeValueAsString(o));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("--rejects: spooling rejected lines: " + e.getMessage(), e));
        }
        count++;
    }

    /** Writes the target whole (empty when nothing was rejected): an old file never mixes with this run's lines. */
    private void commit() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        Path from = spool;
        AtomicFile.write(target, os -> {
            if (from != null) {
                Files.copy(from, os);
            }
        });
    }

    private void discardSpool() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
            if (spool != null) {
                Files.deleteIfExists(spool);
                spool = null;
            }
        } catch (IOException e) {
            // a temporary file left in the system's temp folder: nothing the user's outputs depend on
        }
    }
}
