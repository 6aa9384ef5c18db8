package tagcat.postgres;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tagcat.generate.GeneratorOptions;
import tagcat.generate.PostGenerator;
import tagcat.ingest.PostSource;
import tagcat.ingest.ReadOptions;
import tagcat.train.Training;
import tagcat.train.TrainingListener;
import tagcat.train.TrainingOptions;
import tagcat.train.TrainingResult;

/** A small trained run to write: generated posts, k = 5, each post's id its line number. */
final class TestRuns {
    private TestRuns() {
    }

    static TrainingResult trained(int posts) throws IOException {
        List<String> lines = new ArrayList<>();
        new PostGenerator(GeneratorOptions.defaults().withPosts(posts).withSeed(7).withTopics(5)
                .withVocabulary(GeneratorOptions.vocabularyFor(posts)))
                .generate((i, topic, tags) -> lines.add(String.join(" ", tags)));
        return Training.fit(PostSource.lines("generated", lines, ReadOptions.defaults()),
                TrainingOptions.defaults().withK(5), TrainingListener.NONE);
    }

    static Run run(String id, TrainingResult t) throws IOException {
        return Run.ofTraining(id, Instant.parse("2026-12-03T12:00:00Z"), t, PostIds.IdType.BIGINT, Long::toString);
    }
}
