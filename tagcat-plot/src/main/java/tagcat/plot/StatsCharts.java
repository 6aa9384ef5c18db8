package tagcat.plot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import tagcat.text.TagStats;

/** Pictures of a collection before clustering: tags per post, the most used tags, frequency by rank. */
public final class StatsCharts {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 540;
    /** Bars in the most-used-tags chart. */
    public static final int TOP_TAGS = 30;

    private StatsCharts() {
    }

    /** The article's histogram: posts by number of tags (Instagram allows 30). */
    public static CategoryChart tagsPerPost(TagStats s) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(String.format(Locale.ROOT, "Tags per post (%,d posts)", s.posts()))
                .xAxisTitle("tags in the post").yAxisTitle("posts").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setAvailableSpaceFill(0.85);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        long[] hist = s.tagsPerPost();
        List<String> x = new ArrayList<>();
        List<Long> y = new ArrayList<>();
        for (int c = 1; c < Math.min(hist.length, TagStats.HISTOGRAM_ROWS + 1); c++) {
            x.add(Integer.toString(c));
            y.add(hist[c]);
        }
        if (hist.length > TagStats.HISTOGRAM_ROWS + 1) { // one bar for the rest: a 10,000-tag post is not 10,000 bars
            x.add(">" + TagStats.HISTOGRAM_ROWS);
            y.add(s.postsWithMoreTagsThan(TagStats.HISTOGRAM_ROWS));
        }
        if (x.isEmpty()) {
            x.add("1");
            y.add(0L);
        }
        chart.getStyler().setXAxisMaxLabelCount(Math.max(2, x.size())); // XChart refuses a count of 1
        chart.addSeries(String.format(Locale.ROOT, "posts (mean %.1f, median %d tags)", s.meanTagsPerPost(),
                s.medianTagsPerPost()), x, y);
        return chart;
    }

    /** The {@value #TOP_TAGS} most used tags and how many posts carry each. */
    public static CategoryChart topTags(TagStats s) {
        List<TagStats.TagCount> top = s.top(TOP_TAGS);
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(String.format(Locale.ROOT, "Most used tags (top %d of %,d)", top.size(), s.distinctTags()))
                .xAxisTitle("tag").yAxisTitle("posts with the tag").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLabelRotation(60);
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setYAxisDecimalPattern("#,###");
        List<String> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (TagStats.TagCount t : top) {
            x.add(t.tag());
            y.add(t.posts());
        }
        if (x.isEmpty()) {
            x.add("(none)");
            y.add(0);
        }
        chart.addSeries("posts", x, y);
        return chart;
    }

    /** Tag frequency over rank on log-log axes, with the fitted Zipf line. */
    public static XYChart frequencyByRank(TagStats s) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Tag frequency by rank (log-log)").xAxisTitle("rank of the tag").yAxisTitle("posts with the tag")
                .build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,###");
        chart.getStyler().setYAxisDecimalPattern("#,###");
        chart.getStyler().setMarkerSize(4);
        int[] f = s.frequencies();
        int n = Math.max(1, f.length);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            x[r] = r + 1;
            y[r] = f.length == 0 ? 1 : f[r];
        }
        XYSeries tags = chart.addSeries(String.format(Locale.ROOT, "%,d tags", f.length), x, y);
        tags.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        tags.setMarker(SeriesMarkers.CIRCLE);
        double zipf = s.zipfExponent();
        if (!Double.isNaN(zipf) && f.length > 0) {
            // the fitted line through the same least-squares centre: ln f = a - s ln r
            int m = 0;
            double sx = 0;
            double sy = 0;
            while (m < f.length && f[m] >= TagStats.ZIPF_MIN_POSTS) {
                sx += Math.log(m + 1);
                sy += Math.log(f[m]);
                m++;
            }
            double a = sy / m + zipf * sx / m;
            double[] fx = {1, m};
            double[] fy = {Math.exp(a), Math.exp(a - zipf * Math.log(m))};
            XYSeries fit = chart.addSeries(String.format(Locale.ROOT, "Zipf fit: frequency ~ rank^-%.2f", zipf), fx, fy);
            fit.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            fit.setMarker(SeriesMarkers.NONE);
            fit.setLineColor(ChartStyle.MARK);
            fit.setLineWidth(2f);
        }
        return chart;
    }

    /** Writes tags-per-post, top-tags and tag-rank as PNG and SVG into {@code dir}; returns the files. */
    public static List<Path> writeAll(TagStats s, Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        out.addAll(ChartFiles.write(tagsPerPost(s), dir, "tags-per-post"));
        out.addAll(ChartFiles.write(topTags(s), dir, "top-tags"));
        out.addAll(ChartFiles.write(frequencyByRank(s), dir, "tag-rank"));
        return out;
    }
}
