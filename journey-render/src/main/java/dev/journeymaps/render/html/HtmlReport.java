package dev.journeymaps.render.html;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.render.svg.SvgRenderer;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a journey as one self-contained HTML report for people who never open a YAML file: title, persona cards,
 * the map, touchpoint cards, the action list, validation warnings and the journey told in words.
 *
 * <pre>{@code
 * AnalysisResult result = JourneyLoader.analyse(file);
 * String html = new HtmlReport().render(result.analysed().orElseThrow(), result.problems());
 * }</pre>
 *
 * <p>The map, the hotspot table, the stage funnel and the metrics table all show the figures of the one analysis the
 * report is given.
 * <p>The page loads nothing from anywhere: its stylesheet, script, font and map are inside it, and its
 * Content-Security-Policy forbids every other source. All user text is escaped by the template engine; data for the
 * page's script is JSON inside a {@code <script type="application/json">} element. The same journey always gives the
 * same bytes. Instances hold no state and may be shared between threads.
 */
public final class HtmlReport {

    static final String CSP_SLOT = "journey-csp-slot";
    private static final Pattern INLINE_BLOCK =
            Pattern.compile("<(script|style)(\\s[^>]*)?>(.*?)</\\1>", Pattern.DOTALL);

    private final boolean live;

    /** A renderer of static reports. */
    public HtmlReport() {
        this(false);
    }

    private HtmlReport(boolean live) {
        this.live = live;
    }

    /**
     * A renderer for a live preview: its pages listen for server-sent events at {@code events} on their own origin
     * and reload when the journey changes.
     */
    public static HtmlReport live() {
        return new HtmlReport(true);
    }

    /** The report of {@code journey}, without problems to show. */
    public String render(Journey journey) {
        return render(journey, List.of());
    }

    /**
     * The report of {@code journey} analysed alone ({@link AnalysedJourney#of(Journey)}: its own settings, no survey
     * answers) with {@code problems} listed, as {@link #render(AnalysedJourney, List)} draws it.
     */
    public String render(Journey journey, List<Problem> problems) {
        return render(AnalysedJourney.of(journey), problems);
    }

    /**
     * The report of {@code analysed}'s journey with its friction analysis (the map's figures, hotspots ranked by
     * impact with their explanation, the stage funnel, the experience score, the metrics in use) and
     * {@code problems} listed: warnings in their own section, errors (as a live preview shows them, above the last
     * good map) at the top of the page.
     */
    public String render(AnalysedJourney analysed, List<Problem> problems) {
        Objects.requireNonNull(analysed, "analysed");
        Journey journey = analysed.journey();
        JourneyAnalysis analysis = analysed.analysis();
        Words words = Words.forReport(journey);
        Map<String, Object> v = common(journey.title(), journey.lang(), problems);
        v.put("description", journey.description());
        v.put("personas", journey.personas().stream().map(ReportView::personas).toList());
        v.put("svg", inline(new SvgRenderer().render(analysed, RenderOptions.defaults())));
        v.put("stages", ReportView.stages(journey, words));
        v.put("actions", ReportView.actions(journey, words));
        List<Map<String, Object>> metrics = ReportView.metrics(journey, analysis, words);
        v.put("metrics", metrics);
        // The trend column only when some figure has one: a column of empty cells says nothing.
        v.put("hasTrends", metrics.stream().anyMatch(m -> !((List<?>) m.get("trends")).isEmpty()));
        v.put("textVersion", ReportView.textVersion(journey, words));
        v.put("data", ScriptJson.of(scriptData(journey, analysis, words)));
        v.put("hasJourney", true);
        v.put("hotspots", AnalysisView.hotspots(journey, analysis, words));
        v.put("fixFirst", AnalysisView.fixFirst(journey, analysis, words));
        v.put("business", AnalysisView.business(analysis, words));
        v.put("hasValue", analysis.business().valuePerCustomer().isPresent());
        boolean rtl = ReportView.direction(journey.lang()).equals("rtl");
        v.put("stageRows", AnalysisView.stages(journey, analysis, rtl, words));
        v.put("chart", AnalysisView.chart(analysis.stages().size(), rtl));
        v.put("experienceScore", words.decimal(analysis.experienceScore(), 0));
        v.put("locale", Words.locale(journey));
        return page(v);
    }

    /** A page with only {@code problems}: what a live preview shows before the journey was ever valid. */
    public String renderProblems(String title, List<Problem> problems) {
        Map<String, Object> v = common(title, "en", problems);
        v.put("hasJourney", false);
        v.put("data", ScriptJson.of(Map.of("touchpoints", List.of(), "words", scriptWords(Words.forReport("en")))));
        return page(v);
    }

    private Map<String, Object> common(String title, String lang, List<Problem> problems) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", title);
        v.put("lang", lang);
        v.put("dir", ReportView.direction(lang));
        v.put("css", Assets.CSS);
        v.put("script", Assets.SCRIPT);
        v.put("live", live);
        v.put("liveScript", Assets.LIVE_SCRIPT);
        v.put("csp", CSP_SLOT);
        v.put("errors", ReportView.problems(problems.stream().filter(Problem::isError).toList()));
        v.put("warnings", ReportView.problems(problems.stream().filter(p -> !p.isError()).toList()));
        return v;
    }

    private String page(Map<String, Object> variables) {
        Object locale = variables.get("locale");
        String html = Templates.render("report", locale instanceof Locale l ? l
                : Locale.forLanguageTag((String) variables.get("lang")), variables);
        return html.replace(CSP_SLOT, policyFor(html, live));
    }

    /** The policy allowing exactly the inline scripts and styles of {@code html}, found in its final text. */
    static String policyFor(String html, boolean live) {
        List<String> scripts = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        Matcher m = INLINE_BLOCK.matcher(html);
        while (m.find()) {
            String attributes = m.group(2) == null ? "" : m.group(2);
            if (m.group(1).equals("style")) {
                styles.add(m.group(3));
            } else if (!attributes.contains("application/json")) {
                scripts.add(m.group(3));
            }
        }
        return ContentSecurity.policy(scripts, styles, live);
    }

    /** The SVG document as an element of the page: no XML prolog, and left to right whatever the page's direction. */
    static String inline(String svg) {
        String body = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
        return body.replaceFirst("<svg ", "<svg direction=\"ltr\" ");
    }

    private static Map<String, Object> scriptData(Journey journey, JourneyAnalysis analysis, Words words) {
        List<Map<String, Object>> touchpoints = new ArrayList<>();
        for (Stage s : journey.stages()) {
            for (Touchpoint t : s.touchpoints()) {
                Map<String, Object> card = ReportView.card(journey, s, t, words);
                card.remove("personaIds");
                card.put("hotspot", AnalysisView.summary(analysis, t.id(), words));
                touchpoints.add(card);
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("touchpoints", touchpoints);
        data.put("words", scriptWords(words));
        return data;
    }

    /** The labels the page's script writes into the details panel: the script carries no words of its own. */
    private static Map<String, String> scriptWords(Words words) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("stage", "channel", "for", "feels", "effort", "thinks", "analysis", "painPoints",
                "opportunities", "colon")) {
            labels.put(key, words.get("details." + key));
        }
        return labels;
    }
}
