package dev.journeymaps.render.html;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.validate.Problem;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The journey told in words, as Markdown (CommonMark with GitHub tables): for e-mail, wikis and screen readers. The
 * same text as the HTML report's "The journey in words", plus personas, actions and warnings.
 *
 * <pre>{@code
 * String markdown = new MarkdownReport().render(journey, problems);
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

    /** The Markdown text of {@code journey}, with {@code problems} listed at the end. */
    public String render(Journey journey, List<Problem> problems) {
        Objects.requireNonNull(journey, "journey");
        StringBuilder md = new StringBuilder();
        md.append("# ").append(escape(journey.title())).append("\n\n");
        if (!journey.description().isBlank()) {
            md.append(escape(journey.description())).append("\n\n");
        }
        personas(md, journey.personas());
        md.append("## The journey, stage by stage\n\n");
        for (TextVersion.StageText stage : TextVersion.of(journey)) {
            md.append("### ").append(escape(stage.name())).append("\n\n");
            md.append(escape(stage.prose())).append("\n\n");
            if (stage.rows().isEmpty()) {
                continue;
            }
            row(md, "Touchpoint", "Channel", "Who", "Feels", "Effort", "Pain points", "Opportunities");
            md.append("|---|---|---|---|---|---|---|\n");
            for (TextVersion.Row r : stage.rows()) {
                row(md, escape(r.name()), escape(r.channel()), escape(r.who()), escape(r.emotion()),
                        escape(r.effort()), escape(r.pains()), escape(r.opportunities()));
            }
            md.append('\n');
        }
        actions(md, journey);
        problems(md, problems);
        return md.toString().stripTrailing() + "\n";
    }

    private static void personas(StringBuilder md, List<Persona> personas) {
        if (personas.isEmpty()) {
            return;
        }
        md.append("## Personas\n\n");
        for (Persona p : personas) {
            md.append("### ").append(escape(p.name())).append("\n\n");
            if (!p.description().isBlank()) {
                md.append(escape(p.description())).append("\n\n");
            }
            p.demographics().forEach((k, v) -> md.append("- ").append(escape(k)).append(": ").append(escape(v))
                    .append('\n'));
            list(md, "Goals", p.goals());
            list(md, "Needs", p.needs());
            list(md, "Frustrations", p.frustrations());
            md.append('\n');
        }
    }

    private static void list(StringBuilder md, String label, List<String> items) {
        if (!items.isEmpty()) {
            md.append("- ").append(label).append(": ");
            md.append(String.join("; ", items.stream().map(MarkdownReport::escape).toList())).append('\n');
        }
    }

    private static void actions(StringBuilder md, Journey journey) {
        List<Map<String, Object>> actions = ReportView.actions(journey);
        if (actions.isEmpty()) {
            return;
        }
        md.append("## Actions\n\n");
        row(md, "Kind", "What", "Touchpoint", "Stage", "Owner", "Due", "KPI");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> a : actions) {
            String what = a.get("text") + (a.get("severity").toString().isEmpty() ? "" : " (" + a.get("severity") + ")");
            row(md, a.get("kind").toString(), escape(what), escape(a.get("touchpoint").toString()),
                    escape(a.get("stage").toString()), escape(a.get("owner").toString()),
                    escape(a.get("due").toString()), escape(a.get("kpi").toString()));
        }
        md.append('\n');
    }

    private static void problems(StringBuilder md, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        md.append("## Problems from validation\n\n");
        for (Problem p : problems) {
            md.append("- ").append(escape(p.location().toString())).append(": ").append(p.level().label())
                    .append('[').append(escape(p.code())).append("]: ").append(escape(p.message()));
            if (!p.hint().isBlank()) {
                md.append(" (hint: ").append(escape(p.hint())).append(')');
            }
            md.append('\n');
        }
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
