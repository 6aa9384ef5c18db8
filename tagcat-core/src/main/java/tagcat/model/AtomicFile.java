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

    /** Writes {@code target} whole, or leaves it as it was. */
    public static void write(Path target, Body body) throws IOException {
        try (Group g = new Group()) {
            g.write(target, body);
            g.commit();
        }
    }

    /** Outputs written as one: {@link Group#commit} puts them all in place, closing without it leaves none. */
    public static Group group() {
        return new Group();
    }

    /**
     * Several outputs that appear together or not at all: each is written to its temporary file (forced to disk
     * on commit), and only {@link #commit} renames them over their targets, one right after the other with nothing
     * that can fail or be interrupted between (the renames themselves). A failure or an interrupt before that,
     * or {@link #close} without a commit, removes every temporary file: no output is replaced. A folder output
     * ({@link #directory}) is filled in a temporary folder whose files are moved in on commit.
     */
    public static final class Group implements java.io.Closeable {
        private final java.util.List<Pending> pending = new java.util.ArrayList<>();
        private boolean committed;

        private Group() {
        }

        /** A temporary file for {@code target}, opened; its stream is finished on commit. */
        private record Pending(Path target, Path abs, Path tmp, FileChannel channel, OutputStream out,
                               GZIPOutputStream gz, boolean folder) {
        }

        /** A stream to {@code target}'s temporary file (gzip for {@code .gz}); closing it is the group's job. */
        public OutputStream open(Path target) throws IOException {
            Path abs = check(target);
            Path dir = abs.getParent();
            try {
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                removeStale(dir, abs.getFileName().toString());
                Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
                FileChannel ch;
                try {
                    ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                } catch (IOException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                GZIPOutputStream gz = abs.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(out, 1 << 16) : null;
                pending.add(new Pending(target, abs, tmp, ch, out, gz, false));
                OutputStream sink = gz != null ? gz : out;
                return new java.io.FilterOutputStream(sink) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        sink.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        sink.flush(); // finished and closed on commit
                    }
                };
            } catch (IOException e) {
                throw named(target, e);
            }
        }

        /** Writes {@code body} to {@code target}'s temporary file. */
        public void write(Path target, Body body) throws IOException {
            OutputStream out = open(target);
            try {
                body.writeTo(out);
                out.flush();
            } catch (IOException e) {
                throw named(target, e);
            }
        }

        /**
         * A temporary folder to fill for the folder {@code target}; on commit its files are moved into
         * {@code target} (created when missing), replacing files of the same names and keeping the others.
         */
        public Path directory(Path target) throws IOException {
            Path abs = target.toAbsolutePath();
            if (Files.exists(abs) && !Files.isDirectory(abs)) {
                throw new java.nio.file.FileSystemException(target.toString(), null, "is not a folder");
            }
            try {
                Path parent = abs.getParent();
                Files.createDirectories(parent);
                Path tmp = Files.createTempDirectory(parent, "." + abs.getFileName() + ".");
                pending.add(new Pending(target, abs, tmp, null, null, null, true));
                return tmp;
            } catch (IOException e) {
                throw named(target, e);
            }
        }

        /** Puts every output in place: first everything that can fail (finish, force to disk), then the renames. */
        public void commit() throws IOException {
            for (Pending p : pending) {
                if (p.folder) {
                    continue;
                }
                try {
                    if (p.gz != null) {
                        p.gz.finish();
                    }
                    p.out.flush();
                    p.channel.force(true);
                    p.channel.close();
                    setPermissions(p.tmp, p.abs);
                } catch (IOException e) {
                    throw named(p.target, e);
                }
            }
            for (Pending p : pending) {
                try {
                    if (p.folder) {
                        moveInto(p.tmp, p.abs);
                    } else {
                        try {
                            Files.move(p.tmp, p.abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                        } catch (AtomicMoveNotSupportedException e) {
                            Files.move(p.tmp, p.abs, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                } catch (IOException e) {
                    throw FileErrors.about(p.target, e);
                }
            }
            committed = true;
        }

        /** Without a commit: removes every temporary file and folder, so no output changes. */
        @Override
        public void close() throws IOException {
            for (Pending p : pending) {
                if (p.channel != null) {
                    p.channel.close();
                }
                if (!committed || p.folder) {
                    deleteTree(p.tmp);
                }
            }
            pending.clear();
        }

        private static void moveInto(Path from, Path to) throws IOException {
            Files.createDirectories(to);
            java.util.List<Path> files;
            try (java.util.stream.Stream<Path> s = Files.walk(from)) {
                files = s.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                Path dest = to.resolve(from.relativize(f).toString());
                Files.createDirectories(dest.getParent());
                Files.move(f, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        private static void deleteTree(Path p) throws IOException {
            if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (java.util.stream.Stream<Path> s = Files.list(p)) {
                    for (Path c : s.toList()) {
                        deleteTree(c);
                    }
                }
            }
            Files.deleteIfExists(p);
        }

        private static IOException named(Path target, IOException e) {
            if (Thread.currentThread().isInterrupted() || e instanceof java.nio.channels.ClosedByInterruptException
                    || e instanceof java.io.InterruptedIOException) {
                // stopped on purpose (Ctrl-C): say so, not what the interrupted write ran into
                return (IOException) new java.io.InterruptedIOException("interrupted while writing " + target).initCause(e);
            }
            return FileErrors.about(target, e); // the target, not the hidden temporary file
        }
    }
}
