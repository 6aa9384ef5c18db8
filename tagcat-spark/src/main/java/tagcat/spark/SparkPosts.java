package tagcat.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import tagcat.ingest.InputFormat;
import tagcat.ingest.OnError;
import tagcat.ingest.Platform;
import tagcat.ingest.PostReader;
import tagcat.ingest.ReadOptions;

/**
 * Posts read on the executors by the core's own reader ({@link PostReader}: format detection, gzip, the
 * normalizer, bad lines by file and line), one task per input file, in file order and line order.
 */
public final class SparkPosts {
    private SparkPosts() {
    }

    /** What a task needs to rebuild the core's {@link ReadOptions}: they are not serializable. */
    public record Reading(InputFormat format, String field, OnError onError, int maxTagLength, Platform platform)
            implements Serializable {
        public static Reading of(ReadOptions o) {
            return new Reading(o.format(), o.field(), o.onError(), o.maxTagLength(), o.platform());
        }

        ReadOptions options() {
            return ReadOptions.defaults().withFormat(format).withField(field).withOnError(onError)
                    .withMaxTagLength(maxTagLength).withPlatform(platform).withThreads(1);
        }
    }

    /** Each post's normalized, distinct tags, file by file (a path may be a folder or a glob, as Spark reads them). */
    public static JavaRDD<List<String>> tags(JavaSparkContext sc, List<String> paths, Reading reading) {
        return sc.binaryFiles(String.join(",", paths)).sortByKey().values().flatMap(stream -> {
            List<List<String>> posts = new ArrayList<>();
            try (InputStream in = stream.open()) {
                PostReader.read(stream.getPath(), in, reading.options(), post -> posts.add(post.tags()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return posts.iterator();
        });
    }
}
