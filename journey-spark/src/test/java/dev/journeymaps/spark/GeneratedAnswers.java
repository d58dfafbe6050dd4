package dev.journeymaps.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Survey answers generated from a seed, written as CSV with every column ({@code touchpoint, metric, value,
 * timestamp, journey, persona}): answers on every metric and scale, over several months, with a few bad rows of
 * each kind so that counting them is tested too.
 */
final class GeneratedAnswers {

    static final List<String> JOURNEYS = List.of("checkout", "support");
    static final List<String> PERSONAS = List.of("emma", "oscar", "");
    static final List<String> TOUCHPOINTS = List.of("cart", "pay", "confirm", "track", "chat", "refund");
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 7, 1);
    static final int DAYS = 120;

    private GeneratedAnswers() {}

    /** Writes {@code rows} answers made from {@code seed} to {@code csv}, header first. */
    static void write(Path csv, long seed, int rows) throws IOException {
        RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("touchpoint,metric,value,timestamp,journey,persona\n");
            for (int i = 0; i < rows; i++) {
                out.write(row(random));
                out.write('\n');
            }
        }
    }

    private static String row(RandomGenerator random) {
        String journey = JOURNEYS.get(random.nextInt(JOURNEYS.size()));
        String persona = PERSONAS.get(random.nextInt(PERSONAS.size()));
        String touchpoint = TOUCHPOINTS.get(random.nextInt(TOUCHPOINTS.size()));
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
        String timestamp = random.nextInt(10) == 0 ? "" : random.nextBoolean()
                ? day.toString()
                : day + "T" + two(random.nextInt(24)) + ":" + two(random.nextInt(60)) + ":00Z";
        int kind = random.nextInt(1000);
        String metricAndValue;
        if (kind == 0) {
            metricAndValue = "nps,eleven";
        } else if (kind == 1) {
            metricAndValue = "happiness,3";
        } else if (kind == 2) {
            return touchpoint + ",csat";
        } else if (kind == 3) {
            metricAndValue = "csat,4";
            timestamp = "2026-02-30";
        } else {
            metricAndValue = switch (random.nextInt(6)) {
                case 0 -> "nps," + random.nextInt(11);
                case 1 -> "csat," + (1 + random.nextInt(5)) + (random.nextInt(20) == 0 ? ".0" : "");
                case 2 -> "ces," + (1 + random.nextInt(7));
                case 3 -> "response-time," + (1 + random.nextInt(600)) + "m";
                case 4 -> "resolution-time," + (1 + random.nextInt(72)) + "h";
                default -> "resolved-first-contact," + (random.nextBoolean() ? "yes" : "no");
            };
        }
        return touchpoint + "," + metricAndValue + "," + timestamp + "," + journey + "," + persona;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
