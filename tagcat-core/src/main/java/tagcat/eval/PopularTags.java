package tagcat.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tagcat.text.TagCorpus;

/**
 * Baseline: the most used tags of the training posts, the same for every post (minus the post's own tags).
 * Ties: alphabetical.
 */
public final class PopularTags implements Recommender {
    private final List<String> byPosts;

    /** Ranks the corpus's tags by the number of posts using them (ties: alphabetical). */
    public PopularTags(TagCorpus train) {
        int[] df = train.documentFrequencies();
        List<Integer> ids = new ArrayList<>();
        for (int t = 0; t < df.length; t++) {
            ids.add(t);
        }
        ids.sort(Comparator.comparingInt((Integer t) -> -df[t]).thenComparing(t -> train.terms().get(t)));
        this.byPosts = ids.stream().map(t -> train.terms().get(t)).toList();
    }

    @Override
    public List<String> recommend(List<String> tags, int n) {
        Set<String> own = new HashSet<>(tags);
        List<String> out = new ArrayList<>(n);
        for (String t : byPosts) {
            if (out.size() == n) {
                break;
            }
            if (!own.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
