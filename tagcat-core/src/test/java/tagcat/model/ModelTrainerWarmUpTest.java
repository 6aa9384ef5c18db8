package tagcat.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up warm-up goes through the real reading and vectorizing code (its errors are swallowed, so check here). */
class ModelTrainerWarmUpTest {
    @Test
    void theWarmUpReadsAndVectorizesEveryOneOfItsPosts() {
        assertThat(ModelTrainer.warmUp()).isEqualTo(20_000);
    }
}
