package tagcat.server;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import tagcat.model.ModelFile;
import tagcat.model.TagcatModel;
import tagcat.suggest.Popularity;

/**
 * The model being served, and its replacement: a reload reads and checks the new file beside the old
 * model and swaps one reference only when all is well, so no request sees half a model and a bad file
 * leaves the old model serving.
 */
public final class ModelStore {
    private final AtomicReference<ServedModel> current;
    private final Path path;
    private final Popularity popularity;
    private final Clock clock;

    private ModelStore(ServedModel first, Path path, Popularity popularity, Clock clock) {
        this.current = new AtomicReference<>(first);
        this.path = path;
        this.popularity = popularity;
        this.clock = clock;
    }

    /**
     * Serves a model file; {@link #reload()} reads it again.
     *
     * @param popularity a platform counts table, or null for the model's own counts
     * @throws IOException when the file is missing, damaged or of another format version (the message says which)
     */
    public static ModelStore open(Path path, Popularity popularity, Clock clock) throws IOException {
        TagcatModel m = ModelFile.read(path);
        return new ModelStore(ServedModel.of(m, path.toString(), clock.instant(), popularity), path, popularity, clock);
    }

    /** Serves a model held in memory (trained at start); there is no file to reload. */
    public static ModelStore of(TagcatModel model, String source, Popularity popularity, Clock clock) {
        Objects.requireNonNull(model, "model");
        return new ModelStore(ServedModel.of(model, source, clock.instant(), popularity), null, popularity, clock);
    }

    ServedModel current() {
        return current.get();
    }

    /** The model being served. */
    public TagcatModel model() {
        return current.get().model;
    }

    /** Whether there is a file to reload. */
    public boolean reloadable() {
        return path != null;
    }

    /** What a reload did. */
    public record Reload(boolean ok, String message) {
    }

    /** Reads the file again and swaps it in when it loads and checks; otherwise keeps the old model. */
    public synchronized Reload reload() {
        if (path == null) {
            return new Reload(false, "this model was trained at start, not read from a file: nothing to reload");
        }
        ServedModel next;
        try {
            next = ServedModel.of(ModelFile.read(path), path.toString(), clock.instant(), popularity);
        } catch (IOException | RuntimeException e) {
            return new Reload(false, "kept the old model: " + path + ": " + e.getMessage());
        }
        current.set(next);
        return new Reload(true, "reloaded " + path + ": k = " + next.model.centroids().k() + ", "
                + next.model.vectorizer().vocabulary().size() + " tags");
    }

    /**
     * Watches the model file and reloads when it is written or replaced; each outcome goes to {@code onReload}.
     * Close the returned handle to stop watching.
     */
    public AutoCloseable watch(Consumer<Reload> onReload) throws IOException {
        if (path == null) {
            throw new IllegalStateException("no model file to watch");
        }
        Path dir = path.toAbsolutePath().getParent();
        Path name = path.getFileName();
        WatchService ws = FileSystems.getDefault().newWatchService();
        dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = ws.take();
                    boolean ours = false;
                    for (WatchEvent<?> e : key.pollEvents()) {
                        ours |= name.equals(e.context());
                    }
                    key.reset();
                    if (ours) {
                        onReload.accept(reload());
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
            }
        }, "tagcat-model-watch");
        t.setDaemon(true);
        t.start();
        return ws::close;
    }
}
