package tagcat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import tagcat.ingest.ControlCharacters;
import tagcat.ingest.MalformedInputException;

/** Turns exceptions into one clear line on stderr and a named exit code; stack traces only with TAGCAT_DEBUG=1. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if ("1".equals(System.getenv("TAGCAT_DEBUG"))) {
            e.printStackTrace(cl.getErr());
        }
        String name = "tagcat " + cl.getCommandName();
        // messages quote file names, arguments and data: nothing in them may drive the user's terminal
        if (e instanceof MalformedInputException m) {
            say(cl, name + ": malformed input: " + m.badLine()
                    + " (stopped by --on-error fail; use --on-error skip to report and skip such lines)");
            return ExitCodes.MALFORMED_INPUT;
        }
        if (e instanceof ArithmeticException) {
            // Math.multiplyExact and friends: an array of k x tags or posts x dims entries beyond Java's 2^31
            say(cl, name + ": too large: " + e.getMessage() + " (an array of k x tags, or posts x --dims,"
                    + " beyond 2^31 entries); ask for a smaller --k, --dims or --max-features");
            return ExitCodes.FAILURE;
        }
        if (e instanceof UsageError u) {
            say(cl, name + ": " + u.getMessage() + " (see '" + name + " --help')");
            return ExitCodes.USAGE;
        }
        if (e instanceof CancellationException || e instanceof java.io.InterruptedIOException
                || e instanceof java.nio.channels.ClosedByInterruptException) {
            say(cl, name + ": interrupted");
            return ExitCodes.INTERRUPTED;
        }
        if (e instanceof NoSuchFileException f) {
            say(cl, name + ": no such file: " + f.getFile());
            return ExitCodes.FAILURE;
        }
        if (e instanceof AccessDeniedException f) {
            say(cl, name + ": permission denied: " + f.getFile());
            return ExitCodes.FAILURE;
        }
        if (e instanceof IOException || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            say(cl, name + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        say(cl, name + ": internal error: " + e + " (set TAGCAT_DEBUG=1 for details; please report it)");
        return ExitCodes.FAILURE;
    }

    private static void say(CommandLine cl, String message) {
        cl.getErr().println(ControlCharacters.escape(message));
    }
}
