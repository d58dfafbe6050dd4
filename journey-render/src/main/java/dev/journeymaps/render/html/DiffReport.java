package dev.journeymaps.render.html;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.diff.JourneyDiff;
import dev.journeymaps.model.diff.TouchpointChange;
import dev.journeymaps.model.diff.TouchpointSide;
import dev.journeymaps.render.svg.DiffRenderer;
import dev.journeymaps.render.words.Words;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * The page comparing {@code current} with {@code future}, in the future state's language (its words and the
     * map's, see {@link Words}); the one-line notes of what changed stay as the comparison writes them, in English.
     */
    public String render(Journey current, Journey future, JourneyDiff diff) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(future, "future");
        Objects.requireNonNull(diff, "diff");
        Words words = Words.forReport(future);
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", words.get("diff.title", future.title()));
        v.put("lang", future.lang());
        v.put("dir", ReportView.direction(future.lang()));
        v.put("score", words.get("diff.score", words.decimal(diff.experienceBefore(), 0),
                words.decimal(diff.experienceAfter(), 0),
                words.shown(String.format(Locale.ROOT, "%+.0f", diff.experienceChange()))));
        v.put("css", Assets.INDEX_CSS);
        v.put("csp", HtmlReport.CSP_SLOT);
        v.put("svg", HtmlReport.inline(new DiffRenderer().render(current, future, diff)));
        v.put("hotspots", List.of(
                hotspots(words, "diff.hotspotsGone", diff.hotspotsGone(), TouchpointChange::before),
                hotspots(words, "diff.hotspotsNew", diff.hotspotsNew(), TouchpointChange::after),
                hotspots(words, "diff.hotspotsRemaining", diff.hotspotsRemaining(), TouchpointChange::after)));
        v.put("touchpoints", diff.touchpoints().stream().map(c -> row(c, words)).toList());
        String html = Templates.render("diff", Words.locale(future), v);
        return html.replace(HtmlReport.CSP_SLOT, HtmlReport.policyFor(html, false));
    }

    private static String hotspots(Words words, String key, List<TouchpointChange> changes,
            Function<TouchpointChange, Optional<TouchpointSide>> side) {
        String names = changes.isEmpty() ? words.get("diff.none") : words.items(changes.stream()
                .map(c -> side.apply(c).map(TouchpointSide::name).orElse(c.name())
                        + side.apply(c).flatMap(TouchpointSide::hotspotRank).map(r -> " (#" + words.count(r) + ")").orElse(""))
                .toList());
        return words.get(key, names);
    }

    private static Map<String, Object> row(TouchpointChange c, Words words) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", words.get("diff.kind." + c.kind().label()));
        m.put("name", c.name());
        m.put("friction", side(c.before(), s -> words.decimal(s.friction(), 2)) + " → "
                + side(c.after(), s -> words.decimal(s.friction(), 2)));
        m.put("reach", side(c.before(), s -> words.shown(percent(s.reach()))) + " → "
                + side(c.after(), s -> words.shown(percent(s.reach()))));
        Optional<Integer> was = c.before().flatMap(TouchpointSide::hotspotRank);
        Optional<Integer> is = c.after().flatMap(TouchpointSide::hotspotRank);
        m.put("hotspot", was.isPresent() && is.isPresent() ? words.get("diff.hotspotRemains", was.get(), is.get())
                : was.isPresent() ? words.get("diff.hotspotGone", was.get())
                : is.map(r -> words.get("diff.hotspotNew", r)).orElse(""));
        m.put("changes", String.join("; ", c.changes()));
        return m;
    }

    private static String side(Optional<TouchpointSide> side, Function<TouchpointSide, String> show) {
        return side.map(show).orElse("—");
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }
}
