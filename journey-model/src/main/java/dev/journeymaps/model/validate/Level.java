package dev.journeymaps.model.validate;

import java.util.Locale;

/** How serious a problem is: an error stops rendering, a warning does not. */
public enum Level {
    ERROR,
    WARNING;

    /** The lower-case name printed in reports: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
