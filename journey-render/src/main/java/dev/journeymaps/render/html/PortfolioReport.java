package dev.journeymaps.render.html;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.PainPoint;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.model.validate.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The index page of a portfolio of journeys: each journey with a link to its own report, and what hurts most across
 * all of them, ranked.
 *
 * <pre>{@code
 * String index = new PortfolioReport().render("Our journeys", List.of(new PortfolioReport.Entry(j, "checkout.html", problems)));
 * }</pre>
 */
public final class PortfolioReport {

    /**
     * One journey of the portfolio.
     *
     * @param journey the journey
     * @param page the file name of its report, next to the index ({@code checkout.html})
     * @param problems what validation said about it
     * @param analysis its friction analysis
     */
    public record Entry(Journey journey, String page, List<Problem> problems, JourneyAnalysis analysis) {
        private static final Pattern PAGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*\\.html");

        public Entry {
            Objects.requireNonNull(journey, "journey");
            Objects.requireNonNull(analysis, "analysis");
            if (!PAGE.matcher(page).matches()) {
                throw new IllegalArgumentException("page must be a plain .html file name, was '" + page + "'");
            }
            problems = List.copyOf(problems);
        }

        /** An entry of {@code analysed}: its journey with the analysis its report shows. */
        public Entry(AnalysedJourney analysed, String page, List<Problem> problems) {
            this(analysed.journey(), page, problems, analysed.analysis());
        }

        /** An entry of {@code journey} analysed alone ({@link AnalysedJourney#of(Journey)}), without survey answers. */
        public Entry(Journey journey, String page, List<Problem> problems) {
            this(AnalysedJourney.of(journey), page, problems);
        }
    }

    /** A portfolio writer. */
    public PortfolioReport() {}

    /** The index page titled {@code title} over {@code entries}, in their order. */
    public String render(String title, List<Entry> entries) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", title);
        v.put("css", Assets.INDEX_CSS);
        v.put("csp", HtmlReport.CSP_SLOT);
        v.put("journeys", entries.stream().map(PortfolioReport::journey).toList());
        v.put("pains", pains(entries));
        v.put("hotspots", hotspots(entries));
        String html = Templates.render("index", "en", v);
        return html.replace(HtmlReport.CSP_SLOT, HtmlReport.policyFor(html, false));
    }

    private static Map<String, Object> journey(Entry e) {
        Journey j = e.journey();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", j.title());
        m.put("description", j.description());
        m.put("href", "./" + e.page());
        m.put("lang", j.lang());
        m.put("stages", j.stages().size());
        m.put("touchpoints", j.touchpoints().size());
        m.put("painPoints", j.touchpoints().stream().mapToInt(t -> t.painPoints().size()).sum());
        m.put("opportunities", j.touchpoints().stream().mapToInt(t -> t.opportunities().size()).sum());
        m.put("warnings", e.problems().size());
        return m;
    }

    /** The hotspots of every journey, highest impact first (ties in portfolio order). */
    private static List<Map<String, Object>> hotspots(List<Entry> entries) {
        record Found(Hotspot hotspot, Entry entry, int order) {}
        List<Found> found = new ArrayList<>();
        for (Entry e : entries) {
            e.analysis().hotspots().forEach(h -> found.add(new Found(h, e, found.size())));
        }
        found.sort(Comparator.comparingDouble((Found f) -> f.hotspot().touchpoint().impact()).reversed()
                .thenComparingInt(Found::order));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Found f : found) {
            TouchpointAnalysis t = f.hotspot().touchpoint();
            Journey j = f.entry().journey();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", rows.size() + 1);
            m.put("touchpoint", j.touchpoint(t.touchpointId()).map(Touchpoint::name).orElse(t.touchpointId()));
            m.put("journey", j.title());
            m.put("friction", AnalysisView.fixed(t.friction(), 2));
            m.put("reach", AnalysisView.percent(t.reach()));
            m.put("impact", AnalysisView.fixed(t.impact(), 3));
            m.put("why", String.join("; ", t.topComponents().stream().limit(2)
                    .map(c -> c.component().key() + " " + AnalysisView.fixed(c.contribution(), 2)).toList()));
            m.put("href", "./" + f.entry().page() + "#" + ReportView.domId(t.touchpointId()));
            rows.add(m);
        }
        return rows;
    }

    /** Every pain point of every journey, worst severity first, then in portfolio and journey order. */
    private static List<Map<String, Object>> pains(List<Entry> entries) {
        record Found(PainPoint pain, Touchpoint touchpoint, Stage stage, Entry entry, int order) {}
        List<Found> found = new ArrayList<>();
        for (Entry e : entries) {
            for (Stage s : e.journey().stages()) {
                for (Touchpoint t : s.touchpoints()) {
                    t.painPoints().forEach(p -> found.add(new Found(p, t, s, e, found.size())));
                }
            }
        }
        found.sort(Comparator.comparing((Found f) -> f.pain().severity()).reversed()
                .thenComparingInt(Found::order));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Found f : found) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", rows.size() + 1);
            m.put("severity", f.pain().severity().label());
            m.put("text", f.pain().text());
            m.put("touchpoint", f.touchpoint().name());
            m.put("stage", f.stage().name());
            m.put("journey", f.entry().journey().title());
            m.put("href", "./" + f.entry().page() + "#" + ReportView.domId(f.touchpoint().id()));
            rows.add(m);
        }
        return rows;
    }
}
