package tagcat.cli;

/** Named exit codes; listed in {@code tagcat --help}. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int MALFORMED_INPUT = 3;
    static final int INTERRUPTED = 130;
    /** 128 + SIGPIPE: what a shell shows for a program whose reader went away. */
    static final int BROKEN_PIPE = 141;

    private ExitCodes() {
    }
}
