package tagcat.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import tagcat.category.CategoryOptions;
import tagcat.category.TagsPerCategory;
import tagcat.train.TrainingOptions;

/** How categories are listed and named: --top N|auto and --leading. */
final class CategoryNaming {
    @Option(names = "--top", paramLabel = "N|auto", defaultValue = "20", converter = TopConverter.class,
            description = {"Tags listed per category (default: ${DEFAULT-VALUE}); auto lists each category's core: the tags "
                + "carrying 80%% of its squared centroid weight (at most " + TagsPerCategory.MAX_AUTO + ")."})
    String top;

    @Option(names = "--leading", paramLabel = "N", defaultValue = "3",
            description = "Leading tags joined into the category name, boat_water_sailing (default: ${DEFAULT-VALUE}).")
    int leading;

    TrainingOptions apply(TrainingOptions o) {
        if ("auto".equalsIgnoreCase(top.strip())) {
            return o.withCategories(new CategoryOptions(o.categories().top(), leading)).withCoreTagsOnly();
        }
        return o.withCategories(new CategoryOptions(parseTop(top), leading));
    }

    private static int parseTop(String s) {
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TypeConversionException("--top must be a number >= 1 or auto, got '" + s + "'");
    }

    /** Checks --top while parsing, so a bad value is a command-line error (exit 2). */
    static final class TopConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!"auto".equalsIgnoreCase(value.strip())) {
                parseTop(value);
            }
            return value;
        }
    }
}
