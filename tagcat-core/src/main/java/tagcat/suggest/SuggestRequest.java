package tagcat.suggest;

import java.util.ArrayList;
import java.util.List;
import tagcat.ingest.BadLineException;
import tagcat.ingest.InputFormat;
import tagcat.ingest.Platform;
import tagcat.ingest.PostReader;
import tagcat.ingest.ReadOptions;

/**
 * A post to suggest hashtags for, as a person gives it: tags (with or without {@code #}, any case,
 * several per entry separated by spaces or commas) and/or a caption whose #hashtags count as tags.
 *
 * @param tags    the post's tags as typed; may be empty when there is a caption
 * @param caption a caption, or null
 * @param options limit, popularity band, filters; null for the {@link Suggester}'s own
 * @param explain  whether the response carries each suggestion's reasons and the tags set aside
 * @param platform whose rules find the caption's hashtags; null for {@link Platform#DEFAULT}
 */
public record SuggestRequest(List<String> tags, String caption, SuggestOptions options, boolean explain,
                             Platform platform) {
    public SuggestRequest {
        tags = tags == null ? List.of() : List.copyOf(tags);
        platform = platform == null ? Platform.DEFAULT : platform;
    }

    public SuggestRequest(List<String> tags, String caption, SuggestOptions options, boolean explain) {
        this(tags, caption, options, explain, null);
    }

    public SuggestRequest withPlatform(Platform p) {
        return new SuggestRequest(tags, caption, options, explain, p);
    }

    public static SuggestRequest ofTags(List<String> tags) {
        return new SuggestRequest(tags, null, null, false);
    }

    public static SuggestRequest ofCaption(String caption) {
        return new SuggestRequest(List.of(), caption, null, false);
    }

    public SuggestRequest withCaption(String c) {
        return new SuggestRequest(tags, c, options, explain, platform);
    }

    public SuggestRequest withOptions(SuggestOptions o) {
        return new SuggestRequest(tags, caption, o, explain, platform);
    }

    public SuggestRequest withExplain(boolean e) {
        return new SuggestRequest(tags, caption, options, e, platform);
    }

    /**
     * The post's normalized tags: those given, then the caption's hashtags not among them, first seen first.
     *
     * @throws IllegalArgumentException when a tag is malformed (too long), naming it
     */
    public List<String> postTags() {
        List<String> post = new ArrayList<>();
        try {
            for (String t : tags) {
                addNew(post, PostReader.parseLine(InputFormat.TAGS, null, t));
            }
            if (caption != null) {
                addNew(post, PostReader.parseLine(ReadOptions.defaults().withFormat(InputFormat.TEXT).withPlatform(platform),
                        caption));
            }
        } catch (BadLineException e) {
            throw new IllegalArgumentException("the post: " + e.reason(), e);
        }
        return post;
    }

    private static void addNew(List<String> into, List<String> tags) {
        for (String t : tags) {
            if (!into.contains(t)) {
                into.add(t);
            }
        }
    }
}
