package dev.journeymaps.model;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as CX teams write them: {@code 45m}, {@code 4h}, {@code 2d}, {@code 30s} or ISO-8601 such as {@code PT4H}. */
public final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*([smhdw])");

    private Durations() {}

    /** The duration written as {@code text}, or empty when it is neither short form nor ISO-8601. */
    public static Optional<Duration> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(s);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return Optional.of(switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            });
        }
        if (s.startsWith("p")) {
            try {
                Duration d = Duration.parse(s.toUpperCase(Locale.ROOT));
                return d.isNegative() ? Optional.empty() : Optional.of(d);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The shortest exact short form of {@code d}: {@code 2d}, {@code 26h}, {@code 45m}, {@code 30s}, else ISO-8601. */
    public static String format(Duration d) {
        long s = d.getSeconds();
        if (d.getNano() != 0) {
            return d.toString();
        }
        if (s != 0 && s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s != 0 && s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        if (s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
