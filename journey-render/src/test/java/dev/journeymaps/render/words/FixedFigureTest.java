package dev.journeymaps.render.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Words#fixed} writes what {@code String.format(Locale.ROOT, "%.Nf", value)} writes, without the formatter:
 * the ties that half-up rounding of the shortest decimal decides (0.125, 1.005, 2.675), the values a map shows
 * (friction and impact from 0 to 1, percentages, times), signs, NaN and infinities, and 20,000 seeded random ones.
 * {@link Words#tenths} writes what {@link BigDecimal} rounding half to even to one decimal writes, for the same kinds.
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

    @Test
    void tenthsAreWhatBigDecimalWritesForTiesEdgesAndTheFiguresOfAMap() {
        List<Double> values = List.of(0.0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, 1.05, 2.25, 2.35, 12.5, 33.35,
                100.0 / 3, 200.0 / 3, 0.049999999, 0.0500000001, -0.04, -0.05, -0.15, -98.0, -33.35, 41.5, 999_999.95,
                1e6, 1e6 + 0.05, 1e15, 1e20, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE);
        for (double v : values) {
            assertThat(Words.tenths(v)).as("%s", v).isEqualTo(bigDecimalTenths(v));
        }
    }

    @Test
    void tenthsAreWhatBigDecimalWritesForSeededRandomFigures() {
        SplittableRandom random = new SplittableRandom(20261203L);
        for (int i = 0; i < 50_000; i++) {
            // Percentages of shares as a journey has them (a / b), ties made on purpose, and arbitrary doubles.
            double v = switch (i % 4) {
                case 0 -> random.nextInt(1, 1000) * 100.0 / random.nextInt(1, 1000);
                case 1 -> (random.nextInt(0, 200_000) * 10 + 5) / 100.0 * (random.nextBoolean() ? 1 : -1);
                case 2 -> random.nextDouble() * 100;
                default -> (random.nextDouble() - 0.5) * 2e7;
            };
            assertThat(Words.tenths(v)).as("%s", v).isEqualTo(bigDecimalTenths(v));
        }
    }

    @Test
    void tenthsOfNoNumberAreRefusedAsBigDecimalRefusesThem() {
        for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertThatThrownBy(() -> Words.tenths(v))
                    .isInstanceOf(NumberFormatException.class);
        }
    }

    private static String bigDecimalTenths(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    @Test
    void fixedFiguresNearTiesAreWhatTheFormatterWrites() {
        SplittableRandom random = new SplittableRandom(20261204L);
        for (int i = 0; i < 20_000; i++) {
            int digits = i % 4;
            double v = (random.nextInt(0, 1_000_000) * 10 + 5) / Math.pow(10, digits + 1);
            assertThat(Words.fixed(v, digits)).as("%s with %d digits", v, digits)
                    .isEqualTo(String.format(Locale.ROOT, "%." + digits + "f", v));
        }
    }
}
