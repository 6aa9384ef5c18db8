package tagcat.suggest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link Suggester#suggest(SuggestRequest)} answers: the post as the model sees it, its categories,
 * the suggestions and, when asked, the tags set aside. When no suggestion can be made the status says why
 * and {@link #message()} says it in a sentence; no front end needs to work it out again.
 *
 * @param status      whether suggestions could be made
 * @param post        the post's tags the model knows, in the post's order
 * @param unknown     the post's other tags, each with close spellings the model knows
 * @param categories  the post's categories, most similar first (empty unless placed)
 * @param suggestions ranked, at most the limit
 * @param rejected    higher-ranked tags set aside by the band or a specificity filter (only with explain)
 * @param options     the options the suggestions were made with (limit, band, filters)
 * @param popularity  where the posts counts come from (null: none)
 * @param explain     whether reasons were asked for
 * @param message     for a status other than OK, what went wrong, for people (no front end's wording); else null
 */
public record SuggestResponse(Status status, List<String> post, List<UnknownTag> unknown,
                              List<Assigner.Placement> categories, List<Suggester.Suggestion> suggestions,
                              List<Suggester.Rejection> rejected, SuggestOptions options, Popularity popularity,
                              boolean explain, String message) {
    /** Why suggestions could or could not be made. */
    public enum Status {
        /** Placed in categories; suggestions may still be empty when every candidate was set aside. */
        OK,
        /** The request has no tag (a caption without hashtags). */
        NO_TAGS,
        /** None of the post's tags is in the model; {@link #unknown()} has close spellings. */
        NO_KNOWN_TAG,
        /** The post's known tags have no weight in any category. */
        NO_CATEGORY
    }

    /** A tag the model does not know, and the known tags it may have meant. */
    public record UnknownTag(String tag, List<String> didYouMean) {
        public UnknownTag {
            didYouMean = List.copyOf(didYouMean);
        }
    }

    public SuggestResponse {
        post = List.copyOf(post);
        unknown = List.copyOf(unknown);
        categories = List.copyOf(categories);
        suggestions = List.copyOf(suggestions);
        rejected = List.copyOf(rejected);
    }

    public boolean ok() {
        return status == Status.OK;
    }

    /** The suggested tags, best first. */
    public List<String> tags() {
        return suggestions.stream().map(Suggester.Suggestion::tag).toList();
    }

    /** {@code #a #b}. */
    public static String hashtags(List<String> tags) {
        return tags.stream().map(t -> "#" + t).collect(Collectors.joining(" "));
    }
}
