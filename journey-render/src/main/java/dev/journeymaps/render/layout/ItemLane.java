package dev.journeymaps.render.layout;

import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Icon;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Shape;
import dev.journeymaps.render.words.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A lane of short texts under each touchpoint (thoughts, pain points, opportunities, metrics, blueprint actions):
 * each cell stacks its items, the lane is as tall as its tallest cell, and each cell's tooltip keeps the full text.
 */
final class ItemLane {

    /** Cells show at most this many items, then "+N more". */
    static final int MAX_ITEMS = 4;
    private static final double SIZE = 11;
    private static final double LEADING = 14;
    private static final double DETAIL_SIZE = 10;
    private static final double MARK_INDENT = 16;
    private static final double MIN_HEIGHT = 36;
    private static final double ICON = 13;

    /**
     * A symbol before an item's text: a marker of {@code shape}, or the icon named {@code icon} when not empty.
     */
    record Mark(Role role, Shape shape, int level, String icon) {
        Mark(Role role, Shape shape, int level) {
            this(role, shape, level, "");
        }
    }

    /**
     * One entry of a cell.
     *
     * @param role the role of its text
     * @param text the text, wrapped into at most {@code maxLines}
     * @param mark the symbol before it, if any
     * @param detail a smaller second line (owner, due date...), empty for none
     */
    record Item(Role role, String text, int maxLines, Optional<Mark> mark, String detail) {
        Item {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(mark, "mark");
            Objects.requireNonNull(detail, "detail");
        }

        static Item of(Role role, String text, int maxLines) {
            return new Item(role, text, maxLines, Optional.empty(), "");
        }
    }

    /** Between the parts of an item's detail. */
    static final String DETAIL_SEPARATOR = " \u00b7 ";

    private ItemLane() {}

    /** Whether any cell has an item. */
    static boolean hasContent(List<List<Item>> cells) {
        return cells.stream().anyMatch(c -> !c.isEmpty());
    }

    /**
     * Adds the lane labelled {@code label} with one cell per column to {@code out}, starting at {@code top};
     * answers the lane's bottom.
     */
    static double layout(List<Node> out, Columns columns, String label, List<List<Item>> cells, double top,
            Words words) {
        List<Group> groups = new ArrayList<>();
        double bottom = top + MIN_HEIGHT;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isEmpty()) {
                continue;
            }
            List<Node> parts = new ArrayList<>();
            double cellBottom = cell(parts, cells.get(i), columns.cardX()[i], columns.cardWidth(), top + 8, words);
            bottom = Math.max(bottom, cellBottom + 4);
            groups.add(new Group(Role.LANE_CELL, tooltip(cells.get(i)), parts));
        }
        out.add(new Box(Role.LANE, columns.left(), top, columns.right() - columns.left(), bottom - top, 6, 0, false));
        out.add(JourneyLayout.laneLabel(label, top + 18, columns));
        out.addAll(groups);
        return bottom;
    }

    private static double cell(List<Node> parts, List<Item> items, double x, double width, double top,
            Words words) {
        double y = top;
        for (Item item : items.subList(0, Math.min(MAX_ITEMS, items.size()))) {
            double indent = item.mark().isPresent() ? MARK_INDENT : 0;
            List<String> lines = TextWrap.wrap(item.text(), SIZE, false, width - indent, item.maxLines());
            if (lines.isEmpty()) {
                continue;
            }
            double markY = y + 6;
            item.mark().ifPresent(m -> parts.add(m.icon().isEmpty()
                    ? new Marker(m.role(), m.shape(), x + 6, markY, 5, m.level())
                    : new Icon(m.role(), m.icon(), x, markY - ICON / 2, ICON)));
            parts.add(JourneyLayout.text(item.role(), SIZE, false, Anchor.START, lines, x + indent, y + SIZE,
                    LEADING));
            y += lines.size() * LEADING;
            List<String> detail = detailLines(item.detail(), width - indent);
            if (!detail.isEmpty()) {
                parts.add(JourneyLayout.text(Role.DETAIL_TEXT, DETAIL_SIZE, false, Anchor.START, detail,
                        x + indent, y + DETAIL_SIZE + 1, 13));
                y += 13 * detail.size();
            }
            y += 6;
        }
        if (items.size() > MAX_ITEMS) {
            String more = words.get("lane.more", items.size() - MAX_ITEMS);
            parts.add(JourneyLayout.text(Role.DETAIL_TEXT, DETAIL_SIZE, false, Anchor.START, List.of(more), x,
                    y + DETAIL_SIZE, 13));
            y += 14;
        }
        return y;
    }

    /** The detail (due date, owner, KPI) on two lines at most, broken between its parts ("e-commerce team" stays whole). */
    static List<String> detailLines(String detail, double width) {
        return TextWrap.parts(details(detail), DETAIL_SEPARATOR, DETAIL_SIZE, false, width, 2);
    }

    /**
     * The parts of {@code detail} between its separators, as {@code detail.split(DETAIL_SEPARATOR)} gives them (trailing
     * empty parts dropped), without compiling the separator as a pattern for every cell, as split does for a separator
     * of more than one character.
     */
    static List<String> details(String detail) {
        int at = detail.indexOf(DETAIL_SEPARATOR);
        if (at < 0) {
            return List.of(detail);
        }
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (; at >= 0; at = detail.indexOf(DETAIL_SEPARATOR, from)) {
            parts.add(detail.substring(from, at));
            from = at + DETAIL_SEPARATOR.length();
        }
        parts.add(detail.substring(from));
        int end = parts.size();
        while (end > 0 && parts.get(end - 1).isEmpty()) {
            end--;
        }
        return List.copyOf(parts.subList(0, end));
    }

    private static String tooltip(List<Item> items) {
        List<String> lines = new ArrayList<>();
        for (Item item : items) {
            lines.add(item.detail().isEmpty() ? item.text() : item.text() + " (" + item.detail() + ")");
        }
        return String.join("\n", lines);
    }
}
