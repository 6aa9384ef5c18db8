package tagcat.plot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tagcat.category.Category;
import tagcat.category.TagWeight;
import tagcat.plot.ClusterProjection;
import tagcat.model.AtomicFile;

/**
 * Pictures of one clustering, as the article draws it: posts projected to the plane of the first two
 * principal components coloured by category with the centroids marked; how many posts each category has;
 * and, per category, the weights of its top tags with the tags that carry most of its weight highlighted.
 * Also the same projection in 3-D as JSON, for an interactive page.
 */
public final class ClusterCharts {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 720;
    /** Categories drawn in their own colour; the rest share grey. */
    public static final int COLOURED = ChartStyle.PALETTE.length;
    /** Bars in the category-size chart. */
    public static final int MAX_BARS = 60;

    private ClusterCharts() {
    }

    /**
     * Posts and centroids on the first two components. The {@value #COLOURED} largest categories get a colour
     * and a label at their centroid; the others are grey.
     */
    public static XYChart projection(ClusterProjection p, List<Category> categories) {
        String title = p.points() < p.totalRows()
                ? String.format(Locale.ROOT, "Posts and centroids, PCA of TF-IDF (%,d of %,d posts)", p.points(), p.totalRows())
                : String.format(Locale.ROOT, "Posts and centroids, PCA of TF-IDF (%,d posts)", p.points());
        double[] ratio = p.explainedVarianceRatio();
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(String.format(Locale.ROOT, "component 1 (%.1f%% of variance)", 100 * ratio[0]))
                .yAxisTitle(String.format(Locale.ROOT, "component 2 (%.1f%% of variance)", 100 * (ratio.length > 1 ? ratio[1] : 0)))
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(5);
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisDecimalPattern("0.00");
        chart.getStyler().setYAxisDecimalPattern("0.00");
        List<Category> bySize = bySize(categories);
        int coloured = Math.min(COLOURED, bySize.size());
        int[] colourOf = new int[p.k()];
        java.util.Arrays.fill(colourOf, -1);
        for (int i = 0; i < coloured; i++) {
            colourOf[bySize.get(i).id()] = i;
        }
        int others = bySize.size() - coloured;
        if (others > 0) {
            addPoints(chart, p, c -> colourOf[c] < 0, String.format(Locale.ROOT, "other %d categories", others),
                    new Color(0xBA, 0xB0, 0xAC, 120));
        }
        for (int i = 0; i < coloured; i++) {
            Category c = bySize.get(i);
            Color base = ChartStyle.PALETTE[i];
            addPoints(chart, p, l -> l == c.id(), String.format(Locale.ROOT, "%s (%,d)", shorten(c.name(), 28), c.size()),
                    new Color(base.getRed(), base.getGreen(), base.getBlue(), 150));
        }
        double[] cx = new double[p.k()];
        double[] cy = new double[p.k()];
        for (int c = 0; c < p.k(); c++) {
            cx[c] = p.centroid(c, 0);
            cy[c] = p.dims() > 1 ? p.centroid(c, 1) : 0;
        }
        XYSeries cs = chart.addSeries(String.format(Locale.ROOT, "centroids (%d)", p.k()), cx, cy);
        cs.setMarker(new BigMarker(2.4));
        cs.setMarkerColor(ChartStyle.INK);
        // label the coloured categories' centroids, largest first, skipping a label that would sit on one already placed
        double xSpan = span(p, 0);
        double ySpan = p.dims() > 1 ? span(p, 1) : 1;
        List<double[]> placed = new ArrayList<>();
        for (int i = 0; i < coloured; i++) {
            Category c = bySize.get(i);
            double x = cx[c.id()];
            double y = cy[c.id()];
            boolean clear = placed.stream().noneMatch(q -> Math.abs(q[0] - x) < 0.22 * xSpan && Math.abs(q[1] - y) < 0.04 * ySpan);
            if (clear) {
                placed.add(new double[] {x, y});
                chart.addAnnotation(new AnnotationText(shorten(c.name(), 24), x, y, false));
            }
        }
        return chart;
    }

    /** Posts per category, largest first (the {@value #MAX_BARS} largest when there are more). */
    public static CategoryChart categorySizes(List<Category> categories) {
        List<Category> bySize = bySize(categories);
        List<Category> shown = bySize.subList(0, Math.min(MAX_BARS, bySize.size()));
        String title = shown.size() < bySize.size()
                ? String.format(Locale.ROOT, "Posts per category (largest %d of %d)", shown.size(), bySize.size())
                : String.format(Locale.ROOT, "Posts per category (%d categories)", bySize.size());
        int width = Math.max(WIDTH, 40 + 22 * shown.size());
        CategoryChart chart = new CategoryChartBuilder().width(width).height(HEIGHT).title(title)
                .xAxisTitle("category").yAxisTitle("posts").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(70);
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        List<String> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Category c : shown) {
            x.add(shorten(c.name(), 32));
            y.add(c.size());
        }
        if (x.isEmpty()) {
            x.add("(none)");
            y.add(0);
        }
        chart.addSeries("posts", x, y);
        return chart;
    }

    /**
     * One category's top tags and their centroid weights; the first {@code core} tags (those carrying the
     * given share of the squared weight) in colour, the rest grey.
     */
    public static CategoryChart categoryTags(Category c, int core, double share) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT / 4 * 3)
                .title(String.format(Locale.ROOT, "%s: top tags (%,d posts)", shorten(c.name(), 50), c.size()))
                .xAxisTitle("tag").yAxisTitle("weight in the centroid").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(60);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setYAxisDecimalPattern("0.00");
        List<String> x = new ArrayList<>();
        List<Double> inCore = new ArrayList<>();
        List<Double> rest = new ArrayList<>();
        int i = 0;
        for (TagWeight t : c.tags()) {
            x.add(shorten(t.tag(), 24));
            inCore.add(i < core ? t.weight() : 0.0);
            rest.add(i < core ? 0.0 : t.weight());
            i++;
        }
        if (x.isEmpty()) {
            x.add("(no tags)");
            inCore.add(0.0);
            rest.add(0.0);
        }
        chart.addSeries(String.format(Locale.ROOT, "the %d tags carrying %.0f%% of the squared weight", core, 100 * share),
                x, inCore).setFillColor(ChartStyle.PALETTE[0]);
        chart.addSeries("further top tags", x, rest).setFillColor(ChartStyle.OTHER);
        return chart;
    }

    /**
     * Writes projection, category-sizes (PNG + SVG), one chart per category under {@code categories/}, and
     * {@code projection.json} (posts and centroids in up to 3 dimensions, for an interactive page).
     *
     * @param core  per category id, the tags carrying {@code share} of its squared weight
     */
    public static List<Path> writeAll(ClusterProjection p, List<Category> categories, int[] core, double share,
                                      Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        out.addAll(ChartFiles.write(projection(p, categories), dir, "projection"));
        out.addAll(ChartFiles.write(categorySizes(categories), dir, "category-sizes"));
        Path perCategory = dir.resolve("categories");
        int width = String.valueOf(Math.max(0, categories.size() - 1)).length();
        for (Category c : categories) {
            String name = String.format(Locale.ROOT, "%0" + width + "d-%s", c.id(), ChartFiles.safeName(c.name()));
            out.addAll(ChartFiles.write(categoryTags(c, core[c.id()], share), perCategory, name));
        }
        Path json = dir.resolve("projection.json");
        AtomicFile.write(json, os -> os.write(projectionJson(p, categories).getBytes(StandardCharsets.UTF_8)));
        out.add(json);
        return out;
    }

    /**
     * {@code {"dims":3,"explained_variance_ratio":[..],"total_posts":N,"categories":[{"id":..,"name":..,"size":..,
     * "centroid":[x,y,z]}],"posts":[{"row":r,"category":c,"xyz":[x,y,z]}]}}; rows are matrix rows (posts left
     * after vectorizing, in input order).
     */
    public static String projectionJson(ClusterProjection p, List<Category> categories) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("dims", p.dims());
        ArrayNode ratio = root.putArray("explained_variance_ratio");
        for (double v : p.explainedVarianceRatio()) {
            ratio.add(round(v));
        }
        root.put("total_posts", p.totalRows());
        ArrayNode cats = root.putArray("categories");
        for (Category c : categories) {
            ObjectNode o = cats.addObject();
            o.put("id", c.id());
            o.put("name", c.name());
            o.put("size", c.size());
            ArrayNode xyz = o.putArray("centroid");
            for (int d = 0; d < p.dims(); d++) {
                xyz.add(round(p.centroid(c.id(), d)));
            }
        }
        ArrayNode posts = root.putArray("posts");
        int[] rows = p.rows();
        int[] labels = p.labels();
        for (int i = 0; i < p.points(); i++) {
            ObjectNode o = posts.addObject();
            o.put("row", rows[i]);
            o.put("category", labels[i]);
            ArrayNode xyz = o.putArray("xyz");
            for (int d = 0; d < p.dims(); d++) {
                xyz.add(round(p.coordinate(i, d)));
            }
        }
        return root.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static void addPoints(XYChart chart, ClusterProjection p, java.util.function.IntPredicate include,
                                  String name, Color colour) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        int[] labels = p.labels();
        for (int i = 0; i < p.points(); i++) {
            if (include.test(labels[i])) {
                x.add(p.coordinate(i, 0));
                y.add(p.dims() > 1 ? p.coordinate(i, 1) : 0.0);
            }
        }
        if (x.isEmpty()) {
            return;
        }
        XYSeries s = chart.addSeries(name, x, y);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(colour);
    }

    private static double span(ClusterProjection p, int dim) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.points(); i++) {
            lo = Math.min(lo, p.coordinate(i, dim));
            hi = Math.max(hi, p.coordinate(i, dim));
        }
        for (int c = 0; c < p.k(); c++) {
            lo = Math.min(lo, p.centroid(c, dim));
            hi = Math.max(hi, p.centroid(c, dim));
        }
        return hi > lo ? hi - lo : 1;
    }

    private static List<Category> bySize(List<Category> categories) {
        return categories.stream()
                .sorted(Comparator.comparingInt(Category::size).reversed().thenComparingInt(Category::id)).toList();
    }

    static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s
                : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
