package tagcat.cli;

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
            SearchCommand.class, TagCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:input/output error, bad model file, or invalid data",
            "2:invalid command line",
            "3:a malformed input line under --on-error fail",
            "130:interrupted"})
public final class Main {
    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("cluster") || args[0].equals("evaluate") || args[0].equals("choose-k"))) {
            tagcat.model.ModelTrainer.warmUpInBackground(); // compiles the reading code while picocli starts (start-up leaves part of a core idle)
        }
        System.exit(newCommandLine().execute(args));
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
