package tagcat.cli;

import picocli.CommandLine.Option;
import tagcat.ingest.Platform;

/** {@code --platform}: whose rules find the hashtags in captions, for every command that reads captions. */
final class PlatformOption {
    /** The names as users type them (picocli would list the enum's upper-case constants). */
    static final class Names extends java.util.ArrayList<String> {
        Names() {
            super(java.util.List.of("instagram", "twitter"));
        }
    }

    @Option(names = "--platform", paramLabel = "NAME", defaultValue = "instagram", completionCandidates = Names.class,
            description = {"Whose rules find #hashtags in captions: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                "instagram: # anywhere, #a#b is two tags, word#tag one, #2024 one;",
                "twitter: as twitter-text (not after a letter, not digits only, not in URLs)."})
    Platform platform;
}
