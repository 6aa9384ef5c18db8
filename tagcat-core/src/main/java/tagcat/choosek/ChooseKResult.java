package tagcat.choosek;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores per k and the recommended k, with the reason in words.
 *
 * <p><b>The rule.</b> Take the k with the highest silhouette; recommend the <em>smallest</em> k whose
 * silhouette is within one standard error of that best value (the one-standard-error rule of Breiman et al.,
 * CART 1984: differences below the sampling error are noise, and fewer categories are easier to read and
 * use). The silhouette drives the choice because it measures what a user wants from categories (posts
 * closer to their own category than to the next one) and, unlike inertia, does not improve just because k
 * grows. The elbow of the inertia curve (Kneedle) is reported next to it as a second opinion: on sparse
 * tag data the inertia curve bends gently and Kneedle's answer leans towards the middle of whatever range is
 * given, so it is shown, not used, unless no silhouette could be computed.
 *
 * @param scores           one per k, ascending k
 * @param silhouetteSample rows in the silhouette sample
 * @param elbow            Kneedle's elbow of inertia over k, if the curve bends
 * @param bestSilhouetteK  the k with the highest silhouette (smallest such k on ties)
 * @param recommendedK     the k the rule picks
 * @param reason           the rule applied to these numbers, in a sentence or three
 */
public record ChooseKResult(List<KScore> scores, int silhouetteSample, Optional<Kneedle.Knee> elbow,
                            int bestSilhouetteK, int recommendedK, String reason) {
    /** The rule in one line, for help texts and reports. */
    public static final String RULE = "smallest k whose silhouette is within one standard error of the best "
            + "(one-standard-error rule); the inertia elbow (Kneedle) is a second opinion";

    public ChooseKResult {
        scores = List.copyOf(scores);
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no k was scored");
        }
    }

    public KScore score(int k) {
        return scores.stream().filter(s -> s.k() == k).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("k = " + k + " was not scored"));
    }

    static ChooseKResult of(List<KScore> scores, int sample, double sensitivity) {
        double[] x = scores.stream().mapToDouble(KScore::k).toArray();
        double[] y = scores.stream().mapToDouble(KScore::inertia).toArray();
        Optional<Kneedle.Knee> elbow = x.length >= 3
                ? Kneedle.find(x, y, Kneedle.Shape.CONVEX_DECREASING, sensitivity) : Optional.empty();
        KScore best = null;
        for (KScore s : scores) {
            if (!Double.isNaN(s.silhouette()) && (best == null || s.silhouette() > best.silhouette())) {
                best = s;
            }
        }
        String elbowText = elbow.map(e -> "The elbow of the inertia curve (Kneedle) is at k = " + (int) e.x() + ".")
                .orElse("The inertia curve has no clear elbow (Kneedle) in this range.");
        if (best == null) {
            int k = elbow.map(e -> (int) e.x()).orElse(scores.get(0).k());
            String why = elbow.isPresent()
                    ? "No silhouette could be computed (the sample holds fewer than 2 categories), so the inertia elbow decides: k = " + k + "."
                    : "No silhouette could be computed and the inertia curve has no elbow; k = " + k + " is only the smallest k tried.";
            return new ChooseKResult(scores, sample, elbow, k, k, why);
        }
        KScore pick = best;
        double floor = best.silhouette() - best.silhouetteError();
        for (KScore s : scores) {
            if (!Double.isNaN(s.silhouette()) && s.silhouette() >= floor) {
                pick = s;
                break;
            }
        }
        StringBuilder why = new StringBuilder();
        why.append(String.format(Locale.ROOT, "Silhouette is highest at k = %d (%.4f ± %.4f). ", best.k(),
                best.silhouette(), best.silhouetteError()));
        if (pick.k() == best.k()) {
            why.append("No smaller k comes within one standard error of it, so k = ").append(pick.k())
                    .append(" is recommended. ");
        } else {
            why.append(String.format(Locale.ROOT, "k = %d is the smallest k within one standard error of it (%.4f), "
                    + "and fewer categories are easier to use, so k = %d is recommended (one-standard-error rule). ",
                    pick.k(), pick.silhouette(), pick.k()));
        }
        why.append(elbowText);
        int top = scores.get(scores.size() - 1).k();
        if (best.k() == top && scores.size() > 1) {
            why.append(" The silhouette is still rising at the top of the range: try larger k.");
        }
        return new ChooseKResult(scores, sample, elbow, best.k(), pick.k(), why.toString());
    }
}
