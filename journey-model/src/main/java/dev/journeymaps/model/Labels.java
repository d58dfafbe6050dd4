package dev.journeymaps.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The labels of an enum's constants, their names in lower case as YAML writes them, made once: a journey's reader
 * parses an emotion, a severity and an evidence for every touchpoint, where a stream over the constants lowered each
 * name again.
 */
final class Labels<E extends Enum<E>> {

    private final E[] values;
    private final String[] labels;

    Labels(E[] values) {
        this.values = values.clone();
        labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = values[i].name().toLowerCase(Locale.ROOT);
        }
    }

    /** The label of {@code value}. */
    String of(E value) {
        return labels[value.ordinal()];
    }

    /** The constant whose label is {@code name} stripped and in lower case, or empty. */
    Optional<E> parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(wanted)) {
                return Optional.of(values[i]);
            }
        }
        return Optional.empty();
    }
}
