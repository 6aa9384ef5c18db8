package tagcat.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * I/O errors that name their file. The JDK's own ("Is a directory", "No space left on device") often do
 * not, and a user with three inputs and two outputs cannot tell which one failed.
 */
public final class FileErrors {
    private FileErrors() {
    }

    /** {@code e} when it already names a file, else a {@link FileSystemException} "file: reason" with e as cause. */
    public static IOException named(Path file, IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return e;
        }
        return about(file, e);
    }

    /**
     * A {@link FileSystemException} naming {@code file} whatever {@code e} names: for an output written through a
     * hidden temporary file, the user's target is the file to name.
     */
    public static IOException about(Path file, IOException e) {
        if (e instanceof java.nio.channels.ClosedByInterruptException || e instanceof java.io.InterruptedIOException) {
            return e; // interrupted is not a file's fault
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return (IOException) new java.nio.file.AccessDeniedException(file.toString()).initCause(e);
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return (IOException) new java.nio.file.NoSuchFileException(file.toString()).initCause(e);
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        FileSystemException named = new FileSystemException(file.toString(), null, reason);
        named.initCause(e);
        return named;
    }
}
