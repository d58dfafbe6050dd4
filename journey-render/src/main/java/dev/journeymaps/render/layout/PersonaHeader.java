package dev.journeymaps.render.layout;

import dev.journeymaps.model.Persona;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The persona header: a card per persona (name, description, demographics, goals, needs), side by side, in rows as
 * wide as the map.
 */
final class PersonaHeader {

    static final double WIDTH = 2 * JourneyLayout.COLUMN - 16;
    private static final double GAP = 16;
    private static final double PADDING = 12;
    private static final double CHIP_TEXT = 13;
    private static final double CHIP_PADDING = 8;
    private static final double CHIP_GAP = 10;

    private PersonaHeader() {}

    /** Adds the header at {@code top}; answers its bottom. */
    static double layout(List<Node> out, List<Persona> personas, Columns columns, double top, Words words) {
        if (personas.stream().allMatch(PersonaHeader::nameOnly)) {
            return chips(out, personas, columns, top, words);
        }
        double width = Math.min(WIDTH, columns.right() - columns.left());
        int perRow = Math.max(1, (int) ((columns.right() - columns.left() + GAP) / (width + GAP)));
        out.add(JourneyLayout.laneLabel(words.get("lane.personas"), top + 18, columns));
        double y = top;
        for (int start = 0; start < personas.size(); start += perRow) {
            List<Persona> row = personas.subList(start, Math.min(personas.size(), start + perRow));
            List<List<Node>> contents = new ArrayList<>();
            double height = 0;
            for (int k = 0; k < row.size(); k++) {
                List<Node> parts = new ArrayList<>();
                double x = columns.left() + k * (width + GAP);
                height = Math.max(height, content(parts, row.get(k), x, y, width, words) - y + PADDING);
                contents.add(parts);
            }
            for (int k = 0; k < row.size(); k++) {
                double x = columns.left() + k * (width + GAP);
                List<Node> parts = new ArrayList<>();
                parts.add(new Box(Role.PERSONA_CARD, x, y, width, height, 8, 0, false));
                parts.addAll(contents.get(k));
                out.add(new Group(Role.PERSONA, tooltip(row.get(k), words), parts));
            }
            y += height + GAP;
        }
        return y - GAP;
    }

    /** Whether the card would say nothing but the name. */
    private static boolean nameOnly(Persona p) {
        return p.description().isBlank() && p.demographics().isEmpty() && p.goals().isEmpty() && p.needs().isEmpty();
    }

    /**
     * Personas known by name only, as chips in a row: a framed card per name dominated the map's head while saying
     * one word (their details, if any beyond the card's, stay in the tooltip).
     */
    private static double chips(List<Node> out, List<Persona> personas, Columns columns, double top, Words words) {
        out.add(JourneyLayout.laneLabel(words.get("lane.personas"), top + 18, columns));
        double height = CHIP_TEXT + 2 * CHIP_PADDING;
        double x = columns.left();
        double y = top;
        for (Persona p : personas) {
            String name = TextWrap.line(p.name(), CHIP_TEXT, true, WIDTH - 2 * PADDING);
            double width = TextWrap.width(name, CHIP_TEXT, true) + 2 * PADDING;
            if (x + width > columns.right() && x > columns.left()) {
                x = columns.left();
                y += height + CHIP_GAP;
            }
            List<Node> parts = new ArrayList<>();
            parts.add(new Box(Role.PERSONA_CARD, x, y, width, height, height / 2, 0, false));
            parts.add(JourneyLayout.text(Role.PERSONA_NAME, CHIP_TEXT, true, Anchor.START, List.of(name), x + PADDING,
                    y + CHIP_PADDING + CHIP_TEXT - 2, CHIP_TEXT + 4));
            out.add(new Group(Role.PERSONA, tooltip(p, words), parts));
            x += width + CHIP_GAP;
        }
        return y + height;
    }

    /** Adds a persona's texts; answers the bottom of the last line. */
    private static double content(List<Node> parts, Persona p, double x, double top, double width,
            Words words) {
        double textWidth = width - 2 * PADDING;
        double y = top + PADDING;
        y = block(parts, Role.PERSONA_NAME, 14, true, p.name(), 2, x + PADDING, y, textWidth, 18);
        List<String> facts = new ArrayList<>();
        p.demographics().forEach((k, v) -> facts.add(k + ": " + v));
        List<String> factLines = TextWrap.parts(facts, " \u00b7 ", 11, false, textWidth, 2);
        if (!factLines.isEmpty()) {
            parts.add(JourneyLayout.text(Role.DETAIL_TEXT, 11, false, Anchor.START, factLines, x + PADDING, y + 11, 14));
            y += factLines.size() * 14 + 4;
        }
        y = block(parts, Role.PERSONA_TEXT, 12, false, p.description(), 3, x + PADDING, y, textWidth, 16);
        y = block(parts, Role.PERSONA_TEXT, 11, false, labelled(words, "persona.goals", p.goals()), 2, x + PADDING, y, textWidth, 14);
        y = block(parts, Role.PERSONA_TEXT, 11, false, labelled(words, "persona.needs", p.needs()), 2, x + PADDING, y, textWidth, 14);
        return y;
    }

    private static double block(List<Node> parts, Role role, double size, boolean bold, String text, int maxLines,
            double x, double y, double width, double leading) {
        List<String> lines = TextWrap.wrap(text, size, bold, width, maxLines);
        if (lines.isEmpty()) {
            return y;
        }
        parts.add(JourneyLayout.text(role, size, bold, Anchor.START, lines, x, y + size, leading));
        return y + lines.size() * leading + 4;
    }

    private static String labelled(Words words, String key, List<String> values) {
        return values.isEmpty() ? "" : words.get(key, String.join("; ", values));
    }

    private static String tooltip(Persona p, Words words) {
        List<String> lines = new ArrayList<>();
        lines.add(p.name());
        if (!p.description().isBlank()) {
            lines.add(p.description());
        }
        p.demographics().forEach((k, v) -> lines.add(k + ": " + v));
        addAll(lines, words, "persona.goal", p.goals());
        addAll(lines, words, "persona.motivation", p.motivations());
        addAll(lines, words, "persona.frustration", p.frustrations());
        addAll(lines, words, "persona.need", p.needs());
        return String.join("\n", lines);
    }

    private static void addAll(List<String> lines, Words words, String key, List<String> values) {
        values.forEach(v -> lines.add(words.get(key, v)));
    }
}
