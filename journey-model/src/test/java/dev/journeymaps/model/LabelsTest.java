package dev.journeymaps.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.testing.Seeds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The model's enums parse their labels as they did when each lowered every constant's name per call: the label
 * stripped and lowered with {@link Locale#ROOT}, compared exactly (so a Kelvin sign lowers to a k and matches, a long
 * s does not). Checked on every label in other cases, padded and with look-alike characters, and on seeded strings.
 */
class LabelsTest {

    private static final List<Enum<?>[]> ENUMS = List.of(Emotion.values(), Severity.values(), Evidence.values(),
            Outcome.values(), Digits.values(), TextDirection.values());
    private static final String ALPHABET = "aeiknorstuvy_- \t\u212a\u017f\u0130\u0131";

    @Test
    void everyLabelIsTheLowerCaseName() {
        labelled(Emotion.values(), Emotion::label);
        labelled(Severity.values(), Severity::label);
        labelled(Evidence.values(), Evidence::label);
        labelled(Outcome.values(), Outcome::label);
        labelled(Digits.values(), Digits::label);
        labelled(TextDirection.values(), TextDirection::label);
    }

    private static <E extends Enum<E>> void labelled(E[] values, Function<E, String> label) {
        for (E value : values) {
            assertThat(label.apply(value)).isEqualTo(value.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void parsesWhatTheFormerStreamOverTheConstantsFound() {
        List<String> inputs = new ArrayList<>();
        for (Enum<?>[] values : ENUMS) {
            for (Enum<?> v : values) {
                String label = v.name().toLowerCase(Locale.ROOT);
                inputs.addAll(List.of(label, v.name(), " " + label + "\t", label.replace('k', '\u212a'),
                        label.replace('s', '\u017f'), label.replace('i', '\u0130'), label + "x", label.substring(1)));
            }
        }
        Seeds.forEach(20261203L, 50, seed -> {
            Random random = new Random(seed);
            for (int n = 0; n < 20; n++) {
                StringBuilder s = new StringBuilder();
                for (int k = random.nextInt(9); k > 0; k--) {
                    s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                inputs.add(s.toString());
            }
        });
        for (String input : inputs) {
            assertThat(Emotion.parse(input)).as(input).isEqualTo(reference(Emotion.values(), input));
            assertThat(Severity.parse(input)).as(input).isEqualTo(reference(Severity.values(), input));
            assertThat(Evidence.parse(input)).as(input).isEqualTo(reference(Evidence.values(), input));
            assertThat(Outcome.parse(input)).as(input).isEqualTo(reference(Outcome.values(), input));
            assertThat(Digits.parse(input)).as(input).isEqualTo(reference(Digits.values(), input));
            assertThat(TextDirection.parse(input)).as(input).isEqualTo(reference(TextDirection.values(), input));
        }
        assertThat(Severity.parse(" HIGH ")).contains(Severity.HIGH);
    }

    /** The former parse of every enum: each constant's name lowered, compared with the input stripped and lowered. */
    private static <E extends Enum<E>> Optional<E> reference(E[] values, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(v -> v.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
