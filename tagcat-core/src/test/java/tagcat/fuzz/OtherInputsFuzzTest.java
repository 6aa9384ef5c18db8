package tagcat.fuzz;

import static tagcat.fuzz.ReadersFuzzTest.require;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.zip.GZIPInputStream;
import tagcat.ingest.ControlCharacters;
import tagcat.ingest.GzipMembers;
import tagcat.ingest.InputFormat;
import tagcat.ingest.OnError;
import tagcat.ingest.TagNormalizer;
import tagcat.model.ModelFile;
import tagcat.model.ModelFormatException;
import tagcat.model.TagcatModel;
import tagcat.suggest.Assigner;
import tagcat.suggest.Popularity;

/** Fuzz targets for the inputs that are not posts: gzip framing, popularity tables, tags, model files. */
class OtherInputsFuzzTest {
    /**
     * Differential: whatever the strict reader accepts, the JDK's lenient one reads as the same bytes (it is never
     * stricter), and the strict reader fails only with an IOException.
     */
    @FuzzTest(maxDuration = "60s")
    void gzip(byte[] input) {
        if (input.length < 2 || (input[0] & 0xFF) != 0x1f || (input[1] & 0xFF) != 0x8b) {
            return;
        }
        byte[] ours;
        try (InputStream in = new GzipMembers(new ByteArrayInputStream(input))) {
            ours = in.readAllBytes();
        } catch (IOException e) {
            return;
        }
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(input))) {
            in.transferTo(jdk);
        } catch (IOException e) {
            throw new AssertionError("the strict reader accepted what the JDK's refuses", e);
        }
        require(java.util.Arrays.equals(ours, jdk.toByteArray()), () -> "the strict reader read other bytes");
    }

    /** Any table: read or refused as a whole with a message; every tag kept is normalized, every count >= 0. */
    @FuzzTest(maxDuration = "60s")
    void popularity(byte[] input) throws IOException {
        String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
        Popularity p;
        try {
            p = Popularity.read("table", new StringReader(text), OnError.SKIP);
        } catch (IllegalArgumentException e) {
            require(!e.getMessage().isBlank(), () -> "a refusal without a message");
            return;
        }
        require(p.size() > 0, () -> "a table read with no rows");
        for (String line : text.split("\n", -1)) {
            String[] cells = line.split("[,\t]", 2);
            String tag = TagNormalizer.normalize(cells[0]);
            if (tag != null && p.posts(tag).isPresent()) {
                require(p.posts(tag).getAsLong() >= 0, () -> "a negative count for " + tag);
            }
        }
        p.badRows().forEach(b -> require(!b.reason().isBlank(), () -> "a bad row without a reason"));
    }

    /** Normalizing is idempotent, and a normalized tag is one tag when written in the tags format. */
    @FuzzTest(maxDuration = "60s")
    void normalizer(FuzzedDataProvider data) throws tagcat.ingest.BadLineException {
        String raw = data.consumeRemainingAsString();
        String once = TagNormalizer.normalize(raw);
        require(java.util.Objects.equals(TagNormalizer.normalize(once), once), () -> "not idempotent: " + raw);
        if (once != null && ControlCharacters.firstIn(once) < 0 && once.codePointCount(0, once.length()) <= 256
                && once.chars().noneMatch(c -> c == ' ' || c == ',' || c == '\t')) {
            require(tagcat.ingest.PostReader.parseLine(InputFormat.TAGS, null, once).equals(List.of(once)),
                    () -> "a normalized tag is not one tag: " + once);
        }
    }

    /**
     * Any bytes: a model, or a {@link ModelFormatException} naming the source. A model that loads answers an
     * assignment without failing: the loader checked every invariant the code relies on.
     */
    @FuzzTest(maxDuration = "60s")
    void modelFile(byte[] input) {
        TagcatModel m;
        try {
            m = ModelFile.fromBytes("model", input);
        } catch (ModelFormatException e) {
            require(e.getMessage().contains("model"), () -> "a refusal that does not name the source: " + e);
            return;
        }
        List<String> terms = m.vectorizer().vocabulary().terms();
        require(m.categories().size() == m.centroids().k(), () -> "categories and centroids differ in number");
        new Assigner(m).assign(terms.isEmpty() ? List.of("x") : terms.subList(0, Math.min(3, terms.size())), 3);
    }
}
