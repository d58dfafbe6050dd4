package dev.journeymaps.render.html;

import dev.journeymaps.model.CleanText;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.render.words.Words;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The journey told in words, as Markdown (CommonMark with GitHub tables): for e-mail, wikis and screen readers. The
 * same text as the HTML report's "The journey in words", plus personas, the business summary and the "Fix first"
 * list of the analysis (the HTML report's figures and words), actions and warnings, in the journey's language like
 * the report (see {@link Words}); validation messages stay in English.
 *
 * <pre>{@code
 * AnalysisResult result = JourneyLoader.analyse(file);
 * String markdown = new MarkdownReport().render(result.analysed().orElseThrow(), result.problems());
 * }</pre>
 *
 * <p>User text is escaped so that it stays text: it cannot start a heading or list, close a table cell, or become a
 * link, emphasis or HTML. The same journey always gives the same bytes.
 */
public final class MarkdownReport {

    /** A Markdown writer. */
    public MarkdownReport() {}

    /** The Markdown text of {@code journey}, without problems. */
    public String render(Journey journey) {
        return render(journey, List.of());
    }

    /**
     * The Markdown text of {@code journey} analysed alone ({@link AnalysedJourney#of(Journey)}: its own settings, no
     * survey answers), with {@code problems} listed at the end.
     */
    public String render(Journey journey, List<Problem> problems) {
        return render(AnalysedJourney.of(Objects.requireNonNull(journey, "journey")), problems);
    }

    /**
     * The Markdown text of {@code analysed}'s journey with the business summary and the hotspots to fix first from its
     * analysis, and {@code problems} listed at the end.
     */
    public String render(AnalysedJourney analysed, List<Problem> problems) {
        Objects.requireNonNull(analysed, "analysed");
        Journey journey = analysed.journey();
        Words words = Words.forReport(journey);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(journey.title())).append("\n\n");
        if (!journey.description().isBlank()) {
            md.append(escape(journey.description())).append("\n\n");
        }
        personas(md, journey.personas(), words);
        md.append("## ").append(escape(words.get("md.stages"))).append("\n\n");
        for (TextVersion.StageText stage : TextVersion.of(journey, words)) {
            md.append("### ").append(escape(stage.name())).append("\n\n");
            md.append(escape(stage.prose())).append("\n\n");
            if (stage.rows().isEmpty()) {
                continue;
            }
            header(md, words, "col.touchpoint", "col.channel", "col.who", "col.feels", "col.effort",
                    "lane.painPoints", "lane.opportunities");
            md.append("|---|---|---|---|---|---|---|\n");
            for (TextVersion.Row r : stage.rows()) {
                row(md, escape(r.name()), escape(r.channel()), escape(r.who()), escape(r.emotion()),
                        escape(r.effort()), escape(r.pains()), escape(r.opportunities()));
            }
            md.append('\n');
        }
        business(md, journey, analysed.analysis(), words);
        actions(md, journey, words);
        problems(md, problems, words);
        // No control character of the journey reaches a terminal or an editor through the text (CleanText).
        return CleanText.stripped(md.toString().stripTrailing()) + "\n";
    }

    private static void personas(StringBuilder md, List<Persona> personas, Words words) {
        if (personas.isEmpty()) {
            return;
        }
        md.append("## ").append(escape(words.get("lane.personas"))).append("\n\n");
        for (Persona p : personas) {
            md.append("### ").append(escape(p.name())).append("\n\n");
            if (!p.description().isBlank()) {
                md.append(escape(p.description())).append("\n\n");
            }
            p.demographics().forEach((k, v) -> md.append("- ").append(escape(k)).append(": ").append(escape(v))
                    .append('\n'));
            list(md, words, "persona.goals", p.goals());
            list(md, words, "persona.needs", p.needs());
            list(md, words, "persona.frustrations", p.frustrations());
            md.append('\n');
        }
    }

    private static void list(StringBuilder md, Words words, String key, List<String> items) {
        if (!items.isEmpty()) {
            md.append("- ").append(words.get(key, words.items(items.stream().map(MarkdownReport::escape).toList())))
                    .append('\n');
        }
    }

    /**
     * The business summary and the "Fix first" list, as the HTML report's hotspot section says them
     * ({@link AnalysisView#business}, {@link AnalysisView#fixFirst}): nothing when the analysis has neither.
     */
    private static void business(StringBuilder md, Journey journey, JourneyAnalysis analysis, Words words) {
        List<String> business = AnalysisView.business(analysis, words);
        List<Map<String, Object>> fixFirst = AnalysisView.fixFirst(journey, analysis, words);
        if (business.isEmpty() && fixFirst.isEmpty()) {
            return;
        }
        md.append("## ").append(escape(words.get("hotspots.title"))).append("\n\n");
        business.forEach(line -> md.append("- ").append(escape(line)).append('\n'));
        if (!business.isEmpty()) {
            md.append('\n');
        }
        if (!fixFirst.isEmpty()) {
            md.append("### ").append(escape(words.get("fix.title"))).append("\n\n");
            md.append(escape(words.get("fix.explain"))).append("\n\n");
            for (int i = 0; i < fixFirst.size(); i++) {
                Map<String, Object> f = fixFirst.get(i);
                md.append(i + 1).append(". ").append(escape(f.get("name").toString())).append(": ")
                        .append(escape(f.get("text").toString())).append('\n');
            }
            md.append('\n');
        }
    }

    private static void actions(StringBuilder md, Journey journey, Words words) {
        List<Map<String, Object>> actions = ReportView.actions(journey, words);
        if (actions.isEmpty()) {
            return;
        }
        md.append("## ").append(escape(words.get("actions.title"))).append("\n\n");
        header(md, words, "col.kind", "col.what", "col.touchpoint", "col.stage", "col.owner", "col.due", "col.kpi");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> a : actions) {
            String what = a.get("text") + (a.get("severity").toString().isEmpty() ? "" : " (" + a.get("severity") + ")");
            row(md, escape(a.get("kind").toString()), escape(what), escape(a.get("touchpoint").toString()),
                    escape(a.get("stage").toString()), escape(a.get("owner").toString()),
                    escape(a.get("due").toString()), escape(a.get("kpi").toString()));
        }
        md.append('\n');
    }

    private static void problems(StringBuilder md, List<Problem> problems, Words words) {
        if (problems.isEmpty()) {
            return;
        }
        md.append("## ").append(escape(words.get("md.problems"))).append("\n\n");
        for (Problem p : problems) {
            md.append("- ").append(escape(p.location().toString())).append(": ").append(p.level().label())
                    .append('[').append(escape(p.code())).append("]: ").append(escape(p.message()));
            if (!p.hint().isBlank()) {
                md.append(" (").append(words.get("problem.hint", escape(p.hint()))).append(')');
            }
            md.append('\n');
        }
    }

    private static void header(StringBuilder md, Words words, String... keys) {
        row(md, Arrays.stream(keys).map(k -> escape(words.get(k))).toArray(String[]::new));
    }

    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell.isEmpty() ? " " : cell).append(" |");
        }
        md.append('\n');
    }

    /**
     * {@code text} as Markdown that shows exactly {@code text}: line breaks and control characters become spaces,
     * every character Markdown acts on inside a line is backslash-escaped, and so is what would start a block at the
     * start of a line (a list, heading, quote or numbered item).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                out.append(' ');
            } else if ("\\`*_[]<>|~&!{}#".indexOf(cp) >= 0) {
                out.append('\\').appendCodePoint(cp);
            } else if (Character.isSurrogate((char) cp) && Character.isBmpCodePoint(cp)) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
        });
        String escaped = out.toString().strip();
        if (!escaped.isEmpty() && "-+=".indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        return escaped.replaceFirst("^(\\d+)([.)])", "$1\\\\$2");
    }
}
