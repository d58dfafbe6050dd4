package dev.journeymaps.render;

import dev.journeymaps.render.theme.Theme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to draw a journey map: which lanes in which order, and whose journey it is.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.defaults()
 *         .withLanes(List.of(Lane.TOUCHPOINTS, Lane.EMOTIONS, Lane.PAIN_POINTS))
 *         .withPersona("emma")
 *         .withTheme(Theme.DARK)
 *         .withPage(Page.A3);
 * }</pre>
 *
 * @param lanes the rows, top to bottom, each at most once
 * @param persona the id of the persona whose journey is drawn (only the touchpoints where they are an actor, their
 *     emotion curve), or empty for everybody's
 * @param theme the colours
 * @param page the size the map is laid out for: how many touchpoints a row holds, and a PDF's pages
 */
public record RenderOptions(List<Lane> lanes, Optional<String> persona, Theme theme, Page page) {

    public RenderOptions {
        lanes = List.copyOf(new LinkedHashSet<>(lanes));
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(page, "page");
    }

    /** Options laid out for the format's own page ({@link Page#AUTO}). */
    public RenderOptions(List<Lane> lanes, Optional<String> persona, Theme theme) {
        this(lanes, persona, theme, Page.AUTO);
    }

    /** Every default lane ({@link Lane#DEFAULT}), for everybody, in the {@link Theme#LIGHT light} theme. */
    public static RenderOptions defaults() {
        return new RenderOptions(Lane.DEFAULT, Optional.empty(), Theme.LIGHT);
    }

    /** These options with the given lanes, top to bottom (repeats are dropped). */
    public RenderOptions withLanes(List<Lane> lanes) {
        return new RenderOptions(lanes, persona, theme, page);
    }

    /** These options drawing the journey as the persona {@code personaId} lives it. */
    public RenderOptions withPersona(String personaId) {
        return new RenderOptions(lanes, Optional.of(personaId), theme, page);
    }

    /** The font sizes of the theme, which the layout measures text with. */
    public Typography typography() {
        return theme.typography();
    }

    /** These options in {@code theme}'s colours. */
    public RenderOptions withTheme(Theme theme) {
        return new RenderOptions(lanes, persona, theme, page);
    }

    /** These options laid out for {@code page}. */
    public RenderOptions withPage(Page page) {
        return new RenderOptions(lanes, persona, theme, page);
    }
}
