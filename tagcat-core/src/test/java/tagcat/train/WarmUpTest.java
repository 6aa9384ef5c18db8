package tagcat.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The start-up warm-up goes through the real reading and vectorizing code (its errors are swallowed, so check here). */
class WarmUpTest {
    @Test
    void theWarmUpReadsAndVectorizesEveryOneOfItsPosts() {
        assertThat(WarmUp.run()).isEqualTo(20_000);
    }
}
