package tagcat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import tagcat.category.TagsPerCategory;
import tagcat.plot.ClusterCharts;
import tagcat.plot.ClusterProjection;
import tagcat.train.TrainingResult;

/** cluster's charts: --plot DIR and --plot-points. */
final class ClusterPlots {
    @Option(names = "--plot", paramLabel = "DIR",
            description = "Write charts into DIR (.png and .svg): posts and centroids projected to 2-D (PCA), posts per "
                + "category, each category's top-tag weights (categories/); and projection.json (3-D, for a web page).")
    Path plot;

    @Option(names = "--plot-points", paramLabel = "N", defaultValue = "5000",
            description = "Posts drawn in the projection, a seeded random sample (default: ${DEFAULT-VALUE}).")
    int plotPoints;

    void check() {
        if (plotPoints < 1) {
            throw new IllegalArgumentException("--plot-points must be >= 1, got " + plotPoints);
        }
    }

    /** Writes the charts when --plot is given; tells {@code err} (null: quiet) where. */
    void write(TrainingResult trained, long seed, Progress progress, PrintWriter err,
               tagcat.model.AtomicFile.Group outputs) throws IOException {
        if (plot == null) {
            return;
        }
        progress.status("projecting posts for the plots...");
        ClusterProjection projection = ClusterProjection.of(trained.vectors().matrix(), trained.kmeans().labels(),
                trained.model().centroids(), 3, plotPoints, seed);
        progress.done();
        int files = Outputs.charts(outputs, plot, dir -> ClusterCharts.writeAll(projection, trained.model().categories(),
                trained.coreTags(), TagsPerCategory.DEFAULT_SHARE, dir)); // moved into --plot with the other outputs
        if (err != null) {
            err.println("wrote " + files + " files to " + plot);
        }
    }
}
