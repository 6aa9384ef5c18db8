package tagcat.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tagcat.choosek.ChooseKResult;
import tagcat.choosek.KScore;

/**
 * The evidence for a k: inertia with its elbow, silhouette with its standard errors and the
 * one-standard-error line, Calinski-Harabasz and Davies-Bouldin; the recommended k is marked on each.
 */
public final class ChooseKCharts {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 540;

    private ChooseKCharts() {
    }

    /** Inertia over k, the Kneedle elbow and the recommended k marked. */
    public static XYChart elbow(ChooseKResult r) {
        XYChart chart = base(r, "Inertia by k (elbow)", "inertia (sum of squared distances to centroids)");
        XYSeries line = curve(chart, r, "inertia", KScore::inertia);
        line.setMarkerColor(ChartStyle.PALETTE[0]);
        r.elbow().ifPresent(e -> point(chart, String.format(Locale.ROOT, "elbow (Kneedle): k = %d", (int) e.x()),
                e.x(), r.score((int) e.x()).inertia(), ChartStyle.PALETTE[1]));
        recommended(chart, r, KScore::inertia);
        return chart;
    }

    /** Mean silhouette on the sample over k, ± one standard error, with the one-standard-error floor. */
    public static XYChart silhouette(ChooseKResult r) {
        XYChart chart = base(r, String.format(Locale.ROOT, "Silhouette by k (sample of %,d posts)", r.silhouetteSample()),
                "mean silhouette (Euclidean, L2 rows); higher is better");
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> err = new ArrayList<>();
        for (KScore s : r.scores()) {
            if (!Double.isNaN(s.silhouette())) {
                x.add((double) s.k());
                y.add(s.silhouette());
                err.add(s.silhouetteError());
            }
        }
        if (x.isEmpty()) {
            x.add((double) r.scores().get(0).k());
            y.add(0.0);
            err.add(0.0);
        }
        XYSeries line = chart.addSeries("silhouette ± 1 standard error", x, y, err);
        line.setMarker(SeriesMarkers.CIRCLE);
        line.setLineColor(ChartStyle.PALETTE[0]);
        line.setMarkerColor(ChartStyle.PALETTE[0]);
        chart.getStyler().setErrorBarsColorSeriesColor(true);
        KScore best = r.score(r.bestSilhouetteK());
        if (!Double.isNaN(best.silhouette())) {
            double floor = best.silhouette() - best.silhouetteError();
            double lo = r.scores().get(0).k();
            double hi = r.scores().get(r.scores().size() - 1).k();
            XYSeries f = chart.addSeries(String.format(Locale.ROOT, "best - 1 s.e. = %.4f", floor),
                    new double[] {lo, hi}, new double[] {floor, floor});
            f.setMarker(SeriesMarkers.NONE);
            f.setLineColor(ChartStyle.OTHER);
            f.setLineStyle(ChartStyle.DASHED);
            point(chart, String.format(Locale.ROOT, "best silhouette: k = %d", best.k()), best.k(), best.silhouette(),
                    ChartStyle.PALETTE[1]);
        }
        recommended(chart, r, KScore::silhouette);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideSE);
        return chart;
    }

    /** Calinski-Harabasz over k (higher is better). */
    public static XYChart calinskiHarabasz(ChooseKResult r) {
        XYChart chart = base(r, "Calinski-Harabasz index by k", "between / within dispersion; higher is better");
        curve(chart, r, "Calinski-Harabasz", KScore::calinskiHarabasz);
        recommended(chart, r, KScore::calinskiHarabasz);
        return chart;
    }

    /** Davies-Bouldin over k (lower is better). */
    public static XYChart daviesBouldin(ChooseKResult r) {
        XYChart chart = base(r, "Davies-Bouldin index by k", "mean worst overlap ratio; lower is better");
        curve(chart, r, "Davies-Bouldin", KScore::daviesBouldin);
        recommended(chart, r, KScore::daviesBouldin);
        return chart;
    }

    /** Writes elbow, silhouette, calinski-harabasz and davies-bouldin as PNG and SVG into {@code dir}. */
    public static List<Path> writeAll(ChooseKResult r, Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        out.addAll(ChartFiles.write(elbow(r), dir, "elbow"));
        out.addAll(ChartFiles.write(silhouette(r), dir, "silhouette"));
        out.addAll(ChartFiles.write(calinskiHarabasz(r), dir, "calinski-harabasz"));
        out.addAll(ChartFiles.write(daviesBouldin(r), dir, "davies-bouldin"));
        return out;
    }

    private static XYChart base(ChooseKResult r, String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("k (number of categories)").yAxisTitle(yTitle).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setMarkerSize(6);
        chart.getStyler().setXAxisDecimalPattern("0");
        AnnotationLine at = new AnnotationLine(r.recommendedK(), true, false);
        chart.addAnnotation(at);
        return chart;
    }

    private static XYSeries curve(XYChart chart, ChooseKResult r, String name, ToDoubleFunction<KScore> f) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (KScore s : r.scores()) {
            double v = f.applyAsDouble(s);
            if (Double.isFinite(v)) {
                x.add((double) s.k());
                y.add(v);
            }
        }
        if (x.isEmpty()) {
            x.add((double) r.scores().get(0).k());
            y.add(0.0);
        }
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setLineColor(ChartStyle.PALETTE[0]);
        s.setMarkerColor(ChartStyle.PALETTE[0]);
        return s;
    }

    private static void recommended(XYChart chart, ChooseKResult r, ToDoubleFunction<KScore> f) {
        double v = f.applyAsDouble(r.score(r.recommendedK()));
        if (Double.isFinite(v)) {
            point(chart, String.format(Locale.ROOT, "recommended: k = %d (dashed line)", r.recommendedK()),
                    r.recommendedK(), v, ChartStyle.MARK);
        }
    }

    private static void point(XYChart chart, String name, double x, double y, java.awt.Color color) {
        XYSeries p = chart.addSeries(name, new double[] {x}, new double[] {y});
        p.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        p.setMarker(new BigMarker(2.6));
        p.setMarkerColor(color);
    }
}
