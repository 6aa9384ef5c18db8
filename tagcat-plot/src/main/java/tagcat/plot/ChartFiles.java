package tagcat.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;
import tagcat.model.AtomicFile;

/**
 * Writes a chart as {@code NAME.png} and {@code NAME.svg}, each atomically (temp file + rename), so a
 * crash never leaves half an image. PNG is rendered at the chart's size with antialiasing; SVG through
 * VectorGraphics2D, which records the same Graphics2D calls as vectors. Works without a display: the
 * first use switches AWT to headless mode unless the JVM was told otherwise.
 */
public final class ChartFiles {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ChartFiles() {
    }

    /** Writes {@code dir/name.png} and {@code dir/name.svg}, creating {@code dir}; returns both paths. */
    public static List<Path> write(Chart<?, ?> chart, Path dir, String name) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new java.nio.file.FileSystemException(dir.toString(), null, "is a file, not a folder for the charts");
        }
        Files.createDirectories(dir);
        Path png = dir.resolve(name + ".png");
        Path svg = dir.resolve(name + ".svg");
        AtomicFile.write(png, os -> writePng(chart, os));
        AtomicFile.write(svg, os -> writeSvg(chart, os));
        return List.of(png, svg);
    }

    public static void writePng(Chart<?, ?> chart, OutputStream out) throws IOException {
        BufferedImage image = render(chart);
        java.util.Iterator<javax.imageio.ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        // encoded in memory, then written as bytes: ImageIO.write(image, "png", out) caches in a temporary file
        // whose closer, registered for the JVM's exit, dies with a NullPointerException trace when out failed
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream(1 << 16);
        javax.imageio.ImageWriter writer = writers.next();
        try (javax.imageio.stream.ImageOutputStream ios = new javax.imageio.stream.MemoryCacheImageOutputStream(png)) {
            writer.setOutput(ios);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        png.writeTo(out);
    }

    /** The chart as an image of its own size, white background. */
    public static BufferedImage render(Chart<?, ?> chart) {
        BufferedImage image = new BufferedImage(chart.getWidth(), chart.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void writeSvg(Chart<?, ?> chart, OutputStream out) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        chart.paint(g, chart.getWidth(), chart.getHeight());
        new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, chart.getWidth(), chart.getHeight()))
                .writeTo(out);
    }

    /** A file-name-safe form of a category name: letters, digits, '_' and '-' kept, the rest '_', at most 80 chars. */
    public static String safeName(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(80).forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
                b.appendCodePoint(cp);
            } else {
                b.append('_');
            }
        });
        return b.length() == 0 ? "_" : b.toString();
    }
}
