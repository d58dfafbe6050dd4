package dev.journeymaps.render.html;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.model.diff.TouchpointChange;
import dev.journeymaps.model.diff.TouchpointSide;
import dev.journeymaps.render.svg.DiffRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The comparison of a journey's current and future state as one self-contained HTML page: the comparison map, the
 * hotspots that went, came and stayed, and a table of every touchpoint before and after.
 *
 * <pre>{@code
 * String html = new DiffReport().render(today, redesign, JourneyDiffer.compare(today, a, redesign, b));
 * }</pre>
 *
 * <p>Like {@link HtmlReport}, the page loads nothing and its Content-Security-Policy forbids every other source; all
 * user text is escaped by the template engine. The same input always gives the same bytes.
 */
public final class DiffReport {

    /** A writer of comparison pages. */
    public DiffReport() {}

    /** The page comparing {@code current} with {@code future}. */
    public String render(Journey current, Journey future, JourneyDiff diff) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(future, "future");
        Objects.requireNonNull(diff, "diff");
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", "Current vs future state: " + future.title());
        v.put("lang", future.lang());
        v.put("dir", ReportView.direction(future.lang()));
        v.put("score", String.format(Locale.ROOT, "Experience score %.0f → %.0f (%+.0f)", diff.experienceBefore(),
                diff.experienceAfter(), diff.experienceChange()));
        v.put("css", Assets.INDEX_CSS);
        v.put("csp", HtmlReport.CSP_SLOT);
        v.put("svg", HtmlReport.inline(new DiffRenderer().render(current, future, diff)));
        v.put("hotspots", List.of(
                hotspots("Gone:", diff.hotspotsGone(), TouchpointChange::before),
                hotspots("New:", diff.hotspotsNew(), TouchpointChange::after),
                hotspots("Remaining:", diff.hotspotsRemaining(), TouchpointChange::after)));
        v.put("touchpoints", diff.touchpoints().stream().map(DiffReport::row).toList());
        String html = Templates.render("diff", "en", v);
        return html.replace(HtmlReport.CSP_SLOT, HtmlReport.policyFor(html, false));
    }

    private static Map<String, Object> hotspots(String label, List<TouchpointChange> changes,
            Function<TouchpointChange, Optional<TouchpointSide>> side) {
        String names = changes.isEmpty() ? "none" : changes.stream()
                .map(c -> side.apply(c).map(TouchpointSide::name).orElse(c.name())
                        + side.apply(c).flatMap(TouchpointSide::hotspotRank).map(r -> " (#" + r + ")").orElse(""))
                .collect(Collectors.joining("; "));
        return Map.of("label", label, "names", names);
    }

    private static Map<String, Object> row(TouchpointChange c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", c.kind().label());
        m.put("name", c.name());
        m.put("friction", side(c.before(), s -> fixed(s.friction())) + " → " + side(c.after(), s -> fixed(s.friction())));
        m.put("reach", side(c.before(), s -> percent(s.reach())) + " → " + side(c.after(), s -> percent(s.reach())));
        Optional<Integer> was = c.before().flatMap(TouchpointSide::hotspotRank);
        Optional<Integer> is = c.after().flatMap(TouchpointSide::hotspotRank);
        m.put("hotspot", was.isPresent() && is.isPresent() ? "#" + was.get() + " → #" + is.get() + ", remains"
                : was.isPresent() ? "#" + was.get() + " → gone" : is.map(r -> "new, #" + r).orElse(""));
        m.put("changes", String.join("; ", c.changes()));
        return m;
    }

    private static String side(Optional<TouchpointSide> side, Function<TouchpointSide, String> show) {
        return side.map(show).orElse("—");
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
