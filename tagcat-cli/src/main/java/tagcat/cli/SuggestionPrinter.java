package tagcat.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import tagcat.suggest.Assigner;
import tagcat.suggest.Popularity;
import tagcat.suggest.SuggestOptions;
import tagcat.suggest.Suggester;

/** How suggestions and placements look: JSON objects for programs, lines for people. */
final class SuggestionPrinter {

    private SuggestionPrinter() {
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    static void putPosts(ObjectNode o, OptionalLong posts) {
        if (posts.isPresent()) {
            o.put("posts", posts.getAsLong());
        } else {
            o.putNull("posts");
        }
    }

    static ArrayNode placements(ArrayNode into, Assigner.Assignment a) {
        for (Assigner.Placement p : a.categories()) {
            into.addObject().put("id", p.category().id()).put("name", p.category().name())
                    .put("score", round(p.similarity()));
        }
        return into;
    }

    /** Fills a JSON object with the placements, suggestions, unknown tags and, with explain, reasons. */
    static ObjectNode json(ObjectNode o, Suggester.Suggestions s, boolean explain) {
        placements(o.putArray("categories"), s.assignment());
        ArrayNode list = o.putArray("suggestions");
        for (Suggester.Suggestion x : s.suggestions()) {
            ObjectNode j = list.addObject();
            j.put("tag", x.tag()).put("score", round(x.score())).put("category", x.category().name())
                    .put("category_id", x.category().id());
            putPosts(j, x.posts());
            if (explain) {
                j.put("weight", round(x.weight())).put("cooccurrence", round(x.cooccurrence()));
                if (x.companion() != null) {
                    j.put("companion", x.companion()).put("companion_share", round(x.companionShare()));
                }
                j.put("spread", round(x.spread())).put("idf", round(x.idf())).put("why", x.why());
            }
        }
        ArrayNode unknown = o.putArray("unknown");
        s.assignment().unknown().forEach(unknown::add);
        if (explain) {
            ArrayNode rejected = o.putArray("rejected");
            for (Suggester.Rejection r : s.rejected()) {
                ObjectNode j = rejected.addObject().put("tag", r.tag()).put("score", round(r.score()))
                        .put("category", r.category().name());
                putPosts(j, r.posts());
                j.put("reason", r.reason());
            }
        }
        return o;
    }

    static String hashtags(List<String> tags) {
        return tags.stream().map(t -> "#" + t).collect(Collectors.joining(" "));
    }

    static String band(SuggestOptions o) {
        if (!o.hasBand()) {
            return "none";
        }
        if (o.maxPosts() == Long.MAX_VALUE) {
            return "at least " + Popularity.format(o.minPosts()) + " posts";
        }
        if (o.minPosts() == 0) {
            return "at most " + Popularity.format(o.maxPosts()) + " posts";
        }
        return Popularity.format(o.minPosts()) + " to " + Popularity.format(o.maxPosts()) + " posts";
    }

    static void text(PrintWriter out, Suggester suggester, Suggester.Suggestions s, boolean explain) {
        Assigner.Assignment a = s.assignment();
        out.println("post: " + hashtags(a.known()));
        if (!a.unknown().isEmpty()) {
            out.println("not in the model (ignored): " + hashtags(a.unknown()));
        }
        out.println("categories: " + a.categories().stream()
                .map(p -> String.format(Locale.ROOT, "%s (%.3f)", p.category().name(), p.similarity()))
                .collect(Collectors.joining(", ")));
        out.println("popularity: " + suggester.popularity().description() + "; band: " + band(suggester.options()));
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
