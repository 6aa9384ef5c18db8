package tagcat.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tagcat} command: subcommands for each job, shared error handling and exit codes. */
@Command(name = "tagcat",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Turns social-media posts into hashtag categories: each post becomes a TF-IDF vector over its tags, "
                + "k-means groups the posts, and each group's highest-weighted tags name a category (boat_water_sailing).",
            "",
            "Start with:  tagcat cluster samples/posts.txt.gz --k 20",
            "Run 'tagcat <command> --help' for a command's options and examples.",
            ""},
        subcommands = {ClusterCommand.class, ExtractCommand.class, GenerateCommand.class, StatsCommand.class,
            ChooseKCommand.class, AssignCommand.class, SuggestCommand.class, CategoriesCommand.class, CategoryCommand.class,
            SearchCommand.class, TagCommand.class, EvaluateCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:input/output error, bad model file, or invalid data",
            "2:invalid command line",
            "3:a malformed input line under --on-error fail",
            "130:interrupted (Ctrl-C; SIGTERM: 143)",
            "141:standard output closed by its reader (a pipe)"})
public final class Main {
    /** Commands that read many posts: worth compiling the reading and k-means code while picocli starts. */
    private static final Set<String> WARMED = Set.of("cluster", "evaluate", "choose-k");

    public static void main(String[] args) {
        // the CLI owns start-up: -Dtagcat.warmUp=false (benchmarks' cold runs) leaves the JIT to the real input
        if (args.length > 0 && WARMED.contains(args[0]) && Boolean.parseBoolean(System.getProperty("tagcat.warmUp", "true"))) {
            Thread t = new Thread(tagcat.train.WarmUp::run, "tagcat-warm-up");
            t.setDaemon(true); // start-up runs mostly on one thread; this uses part of the idle core
            t.start();
        }
        AtomicBoolean finished = stopCleanlyOnSignal(Thread.currentThread());
        int code = execute(args, new CheckedOutput(new FileOutputStream(FileDescriptor.out)),
                new PrintWriter(new OutputStreamWriter(System.err, Charset.defaultCharset()), true));
        finished.set(true);
        System.exit(code);
    }

    /**
     * Runs a command with its standard output checked: a write error (a full disk) is exit 1 with a line saying
     * so, a closed pipe is exit 141 as the shell reports SIGPIPE, never exit 0 with the output cut.
     */
    static int execute(String[] args, CheckedOutput stdout, PrintWriter err) {
        return execute(newCommandLine(), args, stdout, err);
    }

    static int execute(CommandLine cl, String[] args, CheckedOutput stdout, PrintWriter err) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, Charset.defaultCharset()));
        cl.setOut(out);
        cl.setErr(err);
        int code;
        try {
            code = unknownCommand(cl, args) ? ExitCodes.USAGE : cl.execute(args);
        } catch (OutOfMemoryError e) {
            // the work's memory is free again once it has unwound to here: enough to say what happened
            err.println("tagcat: out of memory (" + e.getMessage() + "): the input or the model is too large for the Java heap;"
                    + " give Java more (TAGCAT_JAVA_OPTS=-Xmx8g ./tagcat ...) or ask for less (a smaller --k, --dims or"
                    + " --max-features)");
            err.flush();
            return ExitCodes.FAILURE;
        }
        out.flush();
        IOException failure = stdout.failure();
        if (failure == null) {
            return code;
        }
        if (CheckedOutput.brokenPipe(failure)) {
            return ExitCodes.BROKEN_PIPE;
        }
        err.println("tagcat: write error on standard output: " + failure.getMessage()
                + " (the output is incomplete)");
        err.flush();
        return ExitCodes.FAILURE;
    }

    /**
     * On Ctrl-C or SIGTERM, interrupt the running command and give it a moment to stop: an output being
     * written is then removed, never left half-written (AtomicFile), and the exit code is 130. Returns the flag
     * to set once the command has finished, so that System.exit's own shutdown is not interrupted.
     */
    private static AtomicBoolean stopCleanlyOnSignal(Thread main) {
        AtomicBoolean finished = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!finished.get() && main.isAlive()) {
                main.interrupt();
                try {
                    main.join(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "tagcat-stop"));
        return finished;
    }

    /**
     * {@code tagcat bogus --help} would print the top help and exit 0 (picocli answers --help first); a command
     * that does not exist is a usage error whatever follows it.
     */
    static boolean unknownCommand(CommandLine cl, String[] args) {
        if (args.length == 0 || args[0].startsWith("-") || cl.getSubcommands().containsKey(args[0])) {
            return false;
        }
        cl.getErr().println("tagcat: unknown command '" + args[0] + "'; the commands are "
                + String.join(", ", cl.getSubcommands().keySet()) + " (see 'tagcat --help')");
        cl.getErr().flush();
        return true;
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }
}
