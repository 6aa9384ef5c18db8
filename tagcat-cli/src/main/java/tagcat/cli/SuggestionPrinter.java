package tagcat.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import tagcat.suggest.SuggestResponse;
import tagcat.suggest.Popularity;
import tagcat.suggest.SuggestJson;
import tagcat.suggest.Suggester;

/** How suggestions look for people (the JSON is the core's {@code SuggestJson}). */
final class SuggestionPrinter {

    private SuggestionPrinter() {
    }

    static double round(double v) {
        return SuggestJson.round(v);
    }

    static String hashtags(List<String> tags) {
        return tags.stream().map(t -> "#" + t).collect(Collectors.joining(" "));
    }

    static void text(PrintWriter out, Suggester suggester, SuggestResponse s) {
        boolean explain = s.explain();
        out.println("post: " + hashtags(s.post()));
        if (!s.unknown().isEmpty()) {
            out.println("not in the model (ignored): " + hashtags(s.unknown().stream().map(SuggestResponse.UnknownTag::tag).toList()));
        }
        out.println("categories: " + s.categories().stream()
                .map(p -> String.format(Locale.ROOT, "%s (%.3f)", p.category().name(), p.similarity()))
                .collect(Collectors.joining(", ")));
        out.println("popularity: " + suggester.popularity().description() + "; band: " + s.options().bandDescription());
        if (!suggester.usesCooccurrence()) {
            out.println("ranking: category weight only"
                    + (suggester.assigner().model().cooccurrence() == null ? " (the model has no co-occurrence counts)" : ""));
        }
        out.println();
        if (s.suggestions().isEmpty()) {
            out.println("no suggestions pass the filters" + (explain ? "" : " (--explain shows what was set aside)"));
        } else {
            int tw = Math.max(3, s.suggestions().stream().mapToInt(x -> x.tag().length()).max().orElse(3));
            int cw = Math.max(8, s.suggestions().stream().mapToInt(x -> x.category().name().length()).max().orElse(8));
            out.printf(Locale.ROOT, "%4s  %-" + tw + "s  %5s  %-" + cw + "s  %9s%n", "rank", "tag", "score", "category", "posts");
            int rank = 1;
            for (Suggester.Suggestion x : s.suggestions()) {
                out.printf(Locale.ROOT, "%4d  %-" + tw + "s  %5.3f  %-" + cw + "s  %9s%n", rank++, x.tag(), x.score(),
                        x.category().name(), x.posts().isPresent() ? Popularity.format(x.posts().getAsLong()) : "?");
                if (explain) {
                    out.println("      " + x.why());
                }
            }
        }
        if (explain && !s.rejected().isEmpty()) {
            out.println();
            out.println("set aside:");
            for (Suggester.Rejection r : s.rejected()) {
                out.printf(Locale.ROOT, "  #%s (score %.3f, %s): %s%n", r.tag(), r.score(), r.category().name(), r.reason());
            }
        }
    }
}
