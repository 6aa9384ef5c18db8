package tagcat.model;

import tagcat.ingest.ControlCharacters;
import tagcat.ingest.FileErrors;
import tagcat.ingest.TagNormalizer;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tagcat.category.Category;
import tagcat.category.CategoryOptions;
import tagcat.category.TagWeight;
import tagcat.cluster.Algorithm;
import tagcat.cluster.Centroids;
import tagcat.cluster.KMeansOptions;
import tagcat.cluster.Method;
import tagcat.cluster.Metric;
import tagcat.text.Cooccurrence;
import tagcat.text.DfBound;
import tagcat.text.TfIdfOptions;
import tagcat.text.TfIdfVectorizer;
import tagcat.text.Vocabulary;

/**
 * The model file: two JSON documents, one per line.
 * <pre>
 * {"format":"tagcat-model","version":1,"bodyBytes":N,"bodySha256":"..."}
 * {"tagcatVersion":..,"parameters":{..},"input":{..},"vocabulary":{..},"centroids":[..],"categories":[..],"fit":{..},
 *  "cooccurrence":{..}}   (optional)
 * </pre>
 * The header says what the file is before anything large is parsed; the body's exact bytes are
 * checksummed, so truncation or a flipped byte is reported as damage rather than as odd categories.
 * Centroids are stored sparsely (tag ids into the vocabulary and weights); every other list carries
 * tag strings. Written atomically ({@link AtomicFile}); gzip when the name ends in .gz (read either way).
 * See docs/model-format.md.
 */
public final class ModelFile {
    public static final String FORMAT = "tagcat-model";
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            // a null where a number belongs (a centroid weight, a df) is damage, not zero
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private ModelFile() {
    }

    record Header(String format, int version, long bodyBytes, String bodySha256) {
    }

    /** {@code algorithm}, {@code metric}, {@code batchSize}, {@code dims} and {@code minSimilarity} came later in format 1: absent means lloyd, euclidean, 1024, 0, 0. */
    record Params(String method, String minDf, String maxDf, int maxFeatures, int k, int nInit, int maxIter, double tol,
                  long seed, int top, int leading, int seedCategories, String algorithm, String metric, Integer batchSize,
                  Integer dims, Double minSimilarity) {
    }

    record Vocab(long documents, List<String> terms, int[] df, double[] idf) {
    }

    record SparseCentroid(int[] tags, double[] weights) {
    }

    record CategoryJson(int id, String name, int size, List<String> leading, List<TagWeight> tags) {
    }

    /** Optional section (added within version 1; older readers ignore it): per tag id, companions and counts. */
    record Cooc(int perTag, int[][] tags, int[][] counts) {
    }

    record Body(String tagcatVersion, Params parameters, InputSummary input, Vocab vocabulary,
                List<SparseCentroid> centroids, List<CategoryJson> categories, FitSummary fit,
                @JsonInclude(JsonInclude.Include.NON_NULL) Cooc cooccurrence) {
    }

    /** Writes the model atomically: readers see the old file or the whole new one (.gz compresses). */
    public static void write(Path path, TagcatModel model) throws IOException {
        byte[] bytes = toBytes(model);
        AtomicFile.write(path, out -> out.write(bytes));
    }

    /** The model file's bytes (header line, body line), uncompressed: for a database column or an HTTP body. */
    public static byte[] toBytes(TagcatModel model) throws IOException {
        byte[] body = JSON.writeValueAsBytes(toBody(model));
        byte[] header = JSON.writeValueAsBytes(new Header(FORMAT, VERSION, body.length, Fingerprint.sha256(body)));
        byte[] out = new byte[header.length + body.length + 2];
        System.arraycopy(header, 0, out, 0, header.length);
        out[header.length] = '\n';
        System.arraycopy(body, 0, out, header.length + 1, body.length);
        out[out.length - 1] = '\n';
        return out;
    }

    /** Writes the model file's bytes to a stream (not closed), e.g. an upload or a blob. */
    public static void write(OutputStream out, TagcatModel model) throws IOException {
        out.write(toBytes(model));
    }

    public static TagcatModel read(Path path) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(path.toString(), null, "model file not found");
        } catch (IOException e) {
            throw FileErrors.named(path, e);
        }
        return fromBytes(path.toString(), bytes);
    }

    /**
     * Reads a model from a stream (read to its end, not closed), with every check a file gets.
     *
     * @param name names the source in errors ("upload", "models row 7")
     */
    public static TagcatModel read(String name, InputStream in) throws IOException {
        return fromBytes(name, in.readAllBytes());
    }

    /** A model from a file's bytes, gzip-compressed or not, with every check a file gets. */
    public static TagcatModel fromBytes(String name, byte[] bytes) throws ModelFormatException {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream gz = new tagcat.ingest.GzipMembers(new java.io.ByteArrayInputStream(bytes))) {
                bytes = gz.readAllBytes();
            } catch (IOException e) {
                throw new ModelFormatException(name + ": damaged model file (gzip: " + e.getMessage() + ")", e);
            }
        }
        return parse(name, bytes);
    }

    static TagcatModel parse(String name, byte[] bytes) throws ModelFormatException {
        // A model that is not ours, has a future version or is damaged must say so, never half-load.
        int nl = 0;
        while (nl < bytes.length && bytes[nl] != '\n') {
            nl++;
        }
        Header header;
        try {
            JsonNode h = JSON.readTree(bytes, 0, nl);
            if (h == null || !h.isObject() || !FORMAT.equals(h.path("format").asText())) {
                throw new ModelFormatException(name + ": not a tagcat model file (its first line should be {\"format\":\"" + FORMAT + "\",...})");
            }
            header = JSON.treeToValue(h, Header.class);
        } catch (ModelFormatException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new ModelFormatException(name + ": not a tagcat model file (first line is not JSON: " + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new ModelFormatException(name + ": unreadable model header: " + e.getMessage(), e);
        }
        if (header.version() > VERSION) {
            throw new ModelFormatException(name + ": model format version " + header.version()
                    + " is newer than this tagcat reads (" + VERSION + "); upgrade tagcat");
        }
        if (header.version() < 1) {
            throw new ModelFormatException(name + ": unknown model format version " + header.version());
        }
        int from = Math.min(nl + 1, bytes.length);
        int to = bytes.length;
        while (to > from && (bytes[to - 1] == '\n' || bytes[to - 1] == '\r')) {
            to--;
        }
        byte[] body = Arrays.copyOfRange(bytes, from, to);
        if (body.length != header.bodyBytes()) {
            throw new ModelFormatException(name + ": damaged model file (body is " + body.length + " bytes, header says "
                    + header.bodyBytes() + "; truncated?)");
        }
        if (!Fingerprint.sha256(body).equals(header.bodySha256())) {
            throw new ModelFormatException(name + ": damaged model file (checksum mismatch)");
        }
        try {
            return fromBody(JSON.readValue(body, Body.class));
        } catch (IOException | RuntimeException e) {
            throw new ModelFormatException(name + ": invalid model body: " + e.getMessage(), e);
        }
    }

    private static Method method(String id) throws ModelFormatException {
        require(id != null, "parameters have no method");
        try {
            return Method.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("inconsistent model: " + e.getMessage(), e);
        }
    }

    private static Body toBody(TagcatModel m) {
        ModelParameters p = m.parameters();
        TfIdfVectorizer v = m.vectorizer();
        Vocabulary voc = v.vocabulary();
        int[] df = new int[voc.size()];
        for (int t = 0; t < df.length; t++) {
            df[t] = voc.df(t);
        }
        Params params = new Params(p.method().id(), p.tfidf().minDf().toString(), p.tfidf().maxDf().toString(),
                p.tfidf().maxFeatures(), p.kmeans().k(), p.kmeans().nInit(), p.kmeans().maxIter(), p.kmeans().tol(),
                p.kmeans().seed(), p.categories().top(), p.categories().leading(), p.seedCategories(),
                p.kmeans().algorithm().name().toLowerCase(java.util.Locale.ROOT), p.kmeans().metric().name().toLowerCase(java.util.Locale.ROOT),
                p.kmeans().batchSize(), p.dims(), p.minSimilarity());
        List<SparseCentroid> centroids = new ArrayList<>();
        Centroids c = m.centroids();
        for (int i = 0; i < c.k(); i++) {
            int nz = 0;
            for (int t = 0; t < c.dims(); t++) {
                if (c.weight(i, t) != 0) {
                    nz++;
                }
            }
            int[] tags = new int[nz];
            double[] w = new double[nz];
            nz = 0;
            for (int t = 0; t < c.dims(); t++) {
                if (c.weight(i, t) != 0) {
                    tags[nz] = t;
                    w[nz++] = c.weight(i, t);
                }
            }
            centroids.add(new SparseCentroid(tags, w));
        }
        List<CategoryJson> cats = m.categories().stream()
                .map(k -> new CategoryJson(k.id(), k.name(), k.size(), k.leadingTags(), k.tags())).toList();
        Cooc cooc = null;
        Cooccurrence co = m.cooccurrence();
        if (co != null) {
            int[][] tags = new int[co.size()][];
            int[][] counts = new int[co.size()][];
            for (int t = 0; t < co.size(); t++) {
                tags[t] = co.companions(t);
                counts[t] = co.counts(t);
            }
            cooc = new Cooc(co.perTag(), tags, counts);
        }
        return new Body(m.tagcatVersion(), params, m.input(), new Vocab(v.documents(), voc.terms(), df, v.idfValues()),
                centroids, cats, m.fit(), cooc);
    }

    private static TagcatModel fromBody(Body b) throws ModelFormatException {
        require(b.parameters() != null && b.vocabulary() != null && b.centroids() != null && b.categories() != null
                && b.input() != null && b.fit() != null, "missing section");
        Params p = b.parameters();
        Vocab voc = b.vocabulary();
        require(voc.terms() != null && voc.df() != null && voc.idf() != null, "vocabulary lacks terms, df or idf");
        int dims = voc.terms().size();
        require(voc.df().length == dims && voc.idf().length == dims, "vocabulary lists differ in length");
        // every invariant the code relies on: sorted distinct terms (ids are positions), counts within the corpus,
        // finite weights; a body with a valid checksum can still have been written wrong
        for (int t = 0; t < dims; t++) {
            String term = voc.terms().get(t);
            require(term != null && !term.isEmpty(), "vocabulary term " + t + " is empty");
            require(ControlCharacters.firstIn(term) < 0 && term.equals(TagNormalizer.normalize(term)),
                    "vocabulary term " + t + " '" + ControlCharacters.escape(term) + "' is not a normalized tag");
            require(t == 0 || Vocabulary.compareCodePoints(voc.terms().get(t - 1), term) < 0,
                    "vocabulary is not sorted (term " + t + " '" + term + "' follows '" + (t == 0 ? "" : voc.terms().get(t - 1)) + "')");
            require(voc.df()[t] >= 1 && voc.df()[t] <= voc.documents(), "tag '" + term + "' has df " + voc.df()[t]
                    + " outside 1.." + voc.documents());
            require(Double.isFinite(voc.idf()[t]) && voc.idf()[t] > 0, "tag '" + term + "' has idf " + voc.idf()[t]);
        }
        TfIdfOptions tfidf = new TfIdfOptions(DfBound.parse(p.minDf()), DfBound.parse(p.maxDf()), p.maxFeatures());
        TfIdfVectorizer vectorizer = new TfIdfVectorizer(new Vocabulary(voc.terms(), voc.df()), voc.idf(), voc.documents(), tfidf);
        int k = b.centroids().size();
        require(k == p.k(), "parameters say k = " + p.k() + " but there are " + k + " centroids");
        double[] byTag = new double[Math.multiplyExact(k, dims)];
        for (int c = 0; c < k; c++) {
            SparseCentroid sc = b.centroids().get(c);
            require(sc.tags() != null && sc.weights() != null && sc.tags().length == sc.weights().length,
                    "centroid " + c + " has mismatched tags and weights");
            for (int j = 0; j < sc.tags().length; j++) {
                int t = sc.tags()[j];
                require(t >= 0 && t < dims, "centroid " + c + " refers to tag id " + t + " outside the vocabulary");
                require(Double.isFinite(sc.weights()[j]), "centroid " + c + " has weight " + sc.weights()[j] + " for tag " + t);
                byTag[t * k + c] = sc.weights()[j];
            }
        }
        require(b.categories().size() == k, k + " centroids but " + b.categories().size() + " categories");
        List<Category> cats = new ArrayList<>();
        for (int i = 0; i < b.categories().size(); i++) {
            CategoryJson cj = b.categories().get(i);
            require(cj.id() == i, "category " + i + " has id " + cj.id());
            require(cj.size() >= 0 && cj.name() != null, "category " + i + " has no name or a negative size");
            cats.add(new Category(cj.id(), cj.name(), cj.size(), cj.tags(), p.leading()));
        }
        KMeansOptions km = KMeansOptions.defaults().withK(p.k()).withNInit(p.nInit()).withMaxIter(p.maxIter())
                .withTol(p.tol()).withSeed(p.seed())
                .withAlgorithm(p.algorithm() == null ? Algorithm.LLOYD : Algorithm.parse(p.algorithm()))
                .withMetric(p.metric() == null ? Metric.EUCLIDEAN : Metric.valueOf(p.metric().toUpperCase(java.util.Locale.ROOT)))
                .withBatchSize(p.batchSize() == null ? 1024 : p.batchSize());
        ModelParameters params = new ModelParameters(method(p.method()), tfidf, km, new CategoryOptions(p.top(), p.leading()),
                p.seedCategories(), p.dims() == null ? 0 : p.dims(), p.minSimilarity() == null ? 0 : p.minSimilarity());
        Cooccurrence cooccurrence = null;
        if (b.cooccurrence() != null) {
            Cooc c = b.cooccurrence();
            require(c.tags() != null && c.counts() != null && c.tags().length == dims && c.counts().length == dims,
                    "co-occurrence lists do not cover the vocabulary");
            try {
                cooccurrence = new Cooccurrence(c.perTag(), c.tags(), c.counts());
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException("inconsistent model: co-occurrence: " + e.getMessage(), e);
            }
        }
        try {
            return new TagcatModel(b.tagcatVersion(), params, b.input(), vectorizer, Centroids.ofTagMajor(k, dims, byTag),
                    cats, b.fit(), cooccurrence);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException("inconsistent model: " + e.getMessage(), e);
        }
    }

    private static void require(boolean ok, String what) throws ModelFormatException {
        if (!ok) {
            throw new ModelFormatException("inconsistent model: " + what);
        }
    }

    /** The body alone as JSON, for tests and tools that compare models. */
    static byte[] bodyBytes(TagcatModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeValue(out, toBody(model));
        return out.toByteArray();
    }
}
