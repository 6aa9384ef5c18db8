package tagcat.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import tagcat.text.Cooccurrence;
import tagcat.text.TagCorpus;
import tagcat.text.Vocabulary;

/**
 * Baseline: plain tag co-occurrence, with no categories. For a post with tags S, every tag t that shares a
 * training post with some s in S scores {@code sum over s of count(s, t) / df(s)} (the estimated P(t | s), summed);
 * best first, ties by more posts, then alphabetical. All pairs are counted (no cut per tag). Tags of S the
 * training posts never used contribute nothing; a post with only such tags gets no suggestions.
 */
public final class CooccurringTags implements Recommender {
    private final Vocabulary vocabulary;
    private final Cooccurrence counts;

    public CooccurringTags(TagCorpus train) {
        this.vocabulary = new Vocabulary(train.terms(), train.documentFrequencies());
        this.counts = Cooccurrence.count(train, vocabulary, 0);
    }

    @Override
    public List<String> recommend(List<String> tags, int n) {
        Set<Integer> own = new HashSet<>();
        for (String t : tags) {
            int id = vocabulary.id(t);
            if (id >= 0) {
                own.add(id);
            }
        }
        Map<Integer, Double> score = new HashMap<>();
        for (int s : own) {
            int[] companions = counts.companions(s);
            int[] c = counts.counts(s);
            double df = vocabulary.df(s);
            for (int j = 0; j < companions.length; j++) {
                if (!own.contains(companions[j])) {
                    score.merge(companions[j], c[j] / df, Double::sum);
                }
            }
        }
        // best n by (score desc, df desc, tag asc) with a bounded heap
        Comparator<Map.Entry<Integer, Double>> rank = (x, y) -> {
            int c = Double.compare(y.getValue(), x.getValue());
            if (c == 0) {
                c = Integer.compare(vocabulary.df(y.getKey()), vocabulary.df(x.getKey()));
            }
            return c != 0 ? c : vocabulary.term(x.getKey()).compareTo(vocabulary.term(y.getKey()));
        };
        PriorityQueue<Map.Entry<Integer, Double>> heap = new PriorityQueue<>(n + 1, rank.reversed());
        for (Map.Entry<Integer, Double> e : score.entrySet()) {
            if (heap.size() < n) {
                heap.add(e);
            } else if (rank.compare(e, heap.peek()) < 0) {
                heap.poll();
                heap.add(e);
            }
        }
        List<Map.Entry<Integer, Double>> top = new ArrayList<>(heap);
        top.sort(rank);
        List<String> out = new ArrayList<>(top.size());
        for (Map.Entry<Integer, Double> e : top) {
            out.add(vocabulary.term(e.getKey()));
        }
        return out;
    }
}
