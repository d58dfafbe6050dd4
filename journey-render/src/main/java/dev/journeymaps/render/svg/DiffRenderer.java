package dev.journeymaps.render.svg;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.render.layout.DiffLayout;
import dev.journeymaps.render.theme.Theme;
import java.util.Objects;

/**
 * Renders the comparison of a journey's current and future state as an SVG map: both emotion curves on one chart with
 * the difference shaded, each touchpoint marked added, removed, changed or unchanged with its friction, reach and
 * hotspot before and after, the hotspots that disappeared, appeared or remained, and the change of the experience
 * score.
 *
 * <pre>{@code
 * JourneyDiff diff = JourneyDiffer.compare(today, todayAnalysis, redesign, redesignAnalysis);
 * String svg = new DiffRenderer().render(today, redesign, diff);
 * }</pre>
 *
 * <p>The same input always gives the same bytes. Instances hold no state and may be shared between threads.
 */
public final class DiffRenderer {

    /** A renderer with the default look. */
    public DiffRenderer() {}

    /** The SVG document of the comparison, in the light theme. */
    public String render(Journey current, Journey future, JourneyDiff diff) {
        return render(current, future, diff, Theme.LIGHT);
    }

    /** The SVG document of the comparison, in {@code theme}'s colours. */
    public String render(Journey current, Journey future, JourneyDiff diff, Theme theme) {
        Objects.requireNonNull(theme, "theme");
        return SvgWriter.write(DiffLayout.layout(current, future, diff), theme);
    }
}
