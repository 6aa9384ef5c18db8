package tagcat.cli;

/**
 * A bad value of an option, found after picocli parsed it (a range, a conflict, a value a core parser
 * refused): a usage error, exit 2, like any other bad command line. The message names the option.
 */
final class UsageError extends RuntimeException {
    UsageError(String message) {
        super(message, null, false, false);
    }

    static void atLeast(String option, long value, long min) {
        if (value < min) {
            throw new UsageError(option + " must be at least " + min + ", got " + value);
        }
    }

    static void atMost(String option, long value, long max) {
        if (value > max) {
            throw new UsageError(option + " must be at most " + max + ", got " + value);
        }
    }

    static void between(String option, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new UsageError(option + " must be between " + trim(min) + " and " + trim(max) + ", got " + value);
        }
    }

    /** Runs a core parser of an option's text; its refusal becomes a usage error naming the option. */
    static <T> T parse(String option, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new UsageError(option + ": " + e.getMessage());
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
