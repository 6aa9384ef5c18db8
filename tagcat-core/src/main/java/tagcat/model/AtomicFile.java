package tagcat.model;

import tagcat.ingest.FileErrors;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a file so that readers see either the old content or the complete new one: write to a
 * temporary file beside the target, force it to disk, then rename over the target. A crash or an
 * exception mid-write leaves the target untouched and removes the temporary file; so does interrupting
 * the writing thread (the file channel is interruptible), which is how a front end stops a write on
 * Ctrl-C or SIGTERM: its shutdown hook interrupts the work and waits for it (the CLI's does). No
 * hook or shared state here, so a library user's JVM is left as it was. Names ending in
 * {@code .gz} are gzip-compressed.
 */
public final class AtomicFile {
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Temporary files are created owner-only; the result should look like any other file the user
     * writes: keep the old file's permissions, or rw-r--r-- for a new one.
     */
    private static void setPermissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /**
     * Where a write to {@code target} goes, checked before any work: a symbolic link's target (replaced, the link
     * kept), never a folder, a device or a pipe (replacing {@code /dev/null} by a regular file, as a rename would,
     * is refused), in a folder that can be written.
     *
     * @throws IOException naming {@code target} and saying what is wrong with it
     */
    public static Path check(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        if (Files.isSymbolicLink(abs)) {
            abs = abs.getParent().resolve(Files.readSymbolicLink(abs)).normalize();
        }
        if (Files.isDirectory(abs)) {
            throw new java.nio.file.FileSystemException(target.toString(), null, "is a folder; give a file name");
        }
        if (Files.exists(abs) && !Files.isRegularFile(abs)) {
            throw new java.nio.file.FileSystemException(target.toString(), null,
                    "not a regular file (a device or a pipe); outputs are written whole to a regular file, then renamed");
        }
        Path dir = abs.getParent();
        while (dir != null && !Files.exists(dir)) {
            dir = dir.getParent(); // the folders that exist: write() creates the rest
        }
        if (dir != null && !Files.isWritable(dir)) {
            throw new java.nio.file.AccessDeniedException(target.toString(), null, "cannot write in " + dir);
        }
        return abs;
    }

    /** A temporary file of this target older than this was left by a killed writer (SIGKILL, power loss). */
    static final java.time.Duration STALE = java.time.Duration.ofHours(1);

    /**
     * Removes the temporary files a killed writer left for this target ({@code .NAME.<digits>.tmp}, older than
     * {@link #STALE}); nothing else could remove them, and a younger one may belong to a writer still at work.
     */
    private static void removeStale(Path dir, String name) {
        String prefix = "." + name + ".";
        java.nio.file.attribute.FileTime before = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(STALE));
        try (java.nio.file.DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp") && n.substring(prefix.length(), n.length() - 4).matches("\\d+");
        })) {
            for (Path p : ds) {
                if (Files.getLastModifiedTime(p).compareTo(before) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // best effort: a stale file left is what happened before; the write itself goes on
        }
    }

    public static void write(Path target, Body body) throws IOException {
        Path abs = check(target);
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        removeStale(dir, abs.getFileName().toString());
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream raw = Channels.newOutputStream(ch);
                OutputStream out = new BufferedOutputStream(raw, 1 << 16);
                if (abs.getFileName().toString().endsWith(".gz")) {
                    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                    body.writeTo(gz);
                    gz.finish();
                } else {
                    body.writeTo(out);
                }
                out.flush();
                ch.force(true);
            }
            setPermissions(tmp, abs);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted() || e instanceof java.nio.channels.ClosedByInterruptException) {
                // stopped on purpose (Ctrl-C): say so, not what the interrupted write ran into
                throw (IOException) new java.io.InterruptedIOException("interrupted while writing " + target).initCause(e);
            }
            throw FileErrors.about(target, e); // the target, not the hidden temporary file
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
