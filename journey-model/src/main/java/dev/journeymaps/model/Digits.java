package dev.journeymaps.model;

import java.util.Optional;

/**
 * Which digits a map and a report show their numbers in ({@code journey.digits}): the language's own ({@code
 * native}: Persian ۰۱۲…, Arabic-Indic ٠١٢… for Arabic) or Western ones ({@code latin}), for a team whose readers are
 * used to those. The model only carries the choice; the renderer knows which languages have digits of their own.
 */
public enum Digits {
    /** Western digits 0–9, whatever the language. */
    LATIN,
    /** The language's own digits, decimal and percent signs where it has them; Western digits elsewhere. */
    NATIVE;

    private static final Labels<Digits> LABELS = new Labels<>(values());

    /** The lower-case name used in YAML. */
    public String label() {
        return LABELS.of(this);
    }

    /** The choice named {@code name} (case-insensitive), or empty. */
    public static Optional<Digits> parse(String name) {
        return LABELS.parse(name);
    }
}
