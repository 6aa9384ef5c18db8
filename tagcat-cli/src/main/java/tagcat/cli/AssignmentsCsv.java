package tagcat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tagcat.model.AtomicFile;
import tagcat.text.TagCorpus;
import tagcat.train.TrainingResult;

/** cluster --assignments: each post's category as CSV, written atomically. */
final class AssignmentsCsv {
    private AssignmentsCsv() {
    }

    /**
     * {@code line,category_id} ({@code file,line,category_id} with several inputs); a post none of whose tags is
     * in the vocabulary has an empty category, one set aside by --min-similarity has -1.
     */
    static void write(Path path, TrainingResult trained) throws IOException {
        AtomicFile.write(path, os -> write(os, trained));
    }

    static void write(java.io.OutputStream os, TrainingResult trained) throws IOException {
        TagCorpus corpus = trained.corpus();
        boolean withFile = corpus.sources().size() > 1;
        {
            StringBuilder b = new StringBuilder(1 << 16);
            b.append(withFile ? "file,line,category_id\n" : "line,category_id\n");
            for (int p = 0; p < corpus.size(); p++) {
                if (withFile) {
                    b.append(Csv.field(corpus.sourceOf(p))).append(',');
                }
                b.append(corpus.lineOf(p)).append(',');
                int c = trained.category(p);
                if (c != TrainingResult.NO_KNOWN_TAG) {
                    b.append(c);
                }
                b.append('\n');
                if (b.length() > (1 << 16) - 512) {
                    os.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    b.setLength(0);
                }
            }
            os.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
