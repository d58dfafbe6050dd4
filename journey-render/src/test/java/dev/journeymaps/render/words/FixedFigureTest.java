package dev.journeymaps.render.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Words#fixed} writes what {@code String.format(Locale.ROOT, "%.Nf", value)} writes, without the formatter:
 * the ties that half-up rounding of the shortest decimal decides (0.125, 1.005, 2.675), the values a map shows
 * (friction and impact from 0 to 1, percentages, times), signs, NaN and infinities, and 20,000 seeded random ones.
 */
class FixedFigureTest {

    @Test
    void writesWhatTheFormatterWritesForTiesEdgesAndTheFiguresOfAMap() {
        List<Double> values = List.of(0.0, -0.0, 0.125, 0.135, 1.005, 2.675, 0.995, 0.9949999, 0.5, 1.5, 2.5,
                1e-7, 0.004999, 0.005, 99.995, 1234.5678, 1e14 + 0.5, 1e15, 1e20, -0.001, -1.005, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE);
        for (double v : values) {
            for (int digits = 0; digits <= 3; digits++) {
                assertThat(Words.fixed(v, digits)).as("%s with %d digits", v, digits)
                        .isEqualTo(String.format(Locale.ROOT, "%." + digits + "f", v));
            }
        }
    }

    @Test
    void writesWhatTheFormatterWritesForSeededRandomFigures() {
        SplittableRandom random = new SplittableRandom(20261202L);
        for (int i = 0; i < 20_000; i++) {
            // Figures as a map has them: shares and scores with few decimals, and arbitrary doubles.
            double v = i % 2 == 0 ? Math.round(random.nextDouble() * 100_000) / 1000.0 : random.nextDouble() * 1000;
            int digits = i % 3;
            assertThat(Words.fixed(v, digits)).as("%s with %d digits", v, digits)
                    .isEqualTo(String.format(Locale.ROOT, "%." + digits + "f", v));
        }
    }
}
