package dev.journeymaps.model.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.journeymaps.model.io.JourneyLoader;
import dev.journeymaps.model.io.ReadResult;

/**
 * Coverage-guided fuzzing of the loader: whatever text arrives, reading and validating return problems and never
 * throw. {@code ./mvnw verify} replays the stored inputs (regression mode); {@code JAZZER_FUZZ=1} explores for the
 * given time (see .ci/run and docs/hardening.md).
 */
class JourneyLoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void yamlNeverThrows(FuzzedDataProvider data) {
        check(JourneyLoader.load(data.consumeRemainingAsString(), "fuzz.yaml"));
    }

    @FuzzTest(maxDuration = "30s")
    void jsonNeverThrows(FuzzedDataProvider data) {
        check(JourneyLoader.load(data.consumeRemainingAsString(), "fuzz.json"));
    }

    private static void check(ReadResult result) {
        // A journey with errors may still be present; without one, some problem must say why.
        if (result.journey().isEmpty()) {
            assertThat(result.problems()).isNotEmpty();
        }
        result.problems().forEach(p -> assertThat(p.message()).isNotBlank());
    }
}
