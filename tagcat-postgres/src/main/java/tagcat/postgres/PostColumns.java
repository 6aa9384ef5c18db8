package tagcat.postgres;

/**
 * Which columns of a query hold a post: its id, and either its tags ({@code text[]}) or its caption
 * ({@code text}, #hashtags extracted as from a file of captions).
 *
 * @param caption null to read {@code tags}; else the caption column (and {@code tags} is ignored)
 */
public record PostColumns(String id, String tags, String caption) {
    public static final String DEFAULT_ID = "id";
    public static final String DEFAULT_TAGS = "tags";

    public PostColumns {
        SqlNames.checked("--id-column", id);
        if (caption == null) {
            SqlNames.checked("--tags-column", tags);
        } else {
            SqlNames.checked("--caption-column", caption);
        }
    }

    /** {@code id} and {@code tags}. */
    public static PostColumns defaults() {
        return new PostColumns(DEFAULT_ID, DEFAULT_TAGS, null);
    }

    public boolean captions() {
        return caption != null;
    }

    /** The column holding the post's text: the tags or the caption. */
    String content() {
        return caption != null ? caption : tags;
    }
}
