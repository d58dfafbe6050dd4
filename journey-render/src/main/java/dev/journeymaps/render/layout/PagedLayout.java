package dev.journeymaps.render.layout;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.layout.RowLayout.Band;
import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Node;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lays a map out on pages of one size: the title block and the personas first, then each row from a new page, its
 * lanes (bands) filling the page top down; a row that needs more than a page continues on the next one under its
 * stage headers again, and every lane keeps its label. A map of more than one page opens with an overview
 * ({@link OverviewLayout}). Each page says its number and the journey's title, and
 * ends with the key to the symbols drawn on it ({@link Legend}).
 */
final class PagedLayout {

    /** One page before numbering: its bands (already placed) and the rows' columns behind them. */
    private record Sheet(List<Node> back, List<Node> front) {}

    private final JourneyLayout layout;
    private final MapContext map;
    private final double width;
    private final double height;

    PagedLayout(JourneyLayout layout, MapContext map, double width, double height) {
        this.layout = layout;
        this.map = map;
        this.width = width;
        this.height = height;
    }

    /** The pages of {@code rows}, each {@code width} × {@code height} units. */
    List<Scene> pages(List<RowPlan.Row> rows, String summary) {
        Journey journey = map.journey();
        List<Sheet> sheets = new ArrayList<>();
        List<Node> front = new ArrayList<>();
        List<Node> back = new ArrayList<>();
        double top = header();
        double y = layout.titleBlock(front, width, top);
        if (map.lanes().contains(Lane.PERSONAS) && !journey.personas().isEmpty()) {
            Columns across = new Columns(new double[0], JourneyLayout.MARGIN + map.metrics().gutter(),
                    width - JourneyLayout.MARGIN);
            y = PersonaHeader.layout(front, journey.personas(), across, y, map.words()) + 2 * JourneyLayout.LANE_GAP;
        }
        List<RowLayout> rowLayouts = rows.stream().map(r -> new RowLayout(map, r)).toList();
        List<List<Band>> rowBands = rowLayouts.stream().map(r -> r.bands(0)).toList();
        // Every page keeps room at its foot for the largest key any page may need: the key of the whole journey.
        Set<Legend.Key> allKeys = EnumSet.noneOf(Legend.Key.class);
        rowBands.forEach(bands -> bands.forEach(b -> allKeys.addAll(Legend.keysOf(b.nodes()))));
        double keyLeft = JourneyLayout.MARGIN + map.metrics().gutter();
        double keyRight = width - JourneyLayout.MARGIN;
        double keyRoom = allKeys.isEmpty() ? 0
                : Legend.height(allKeys, map.words(), keyLeft, keyRight) + 2 * map.metrics().laneGap();
        double bottom = height - JourneyLayout.MARGIN - keyRoom;
        for (int r = 0; r < rows.size(); r++) {
            RowPlan.Row row = rows.get(r);
            RowLayout rowLayout = rowLayouts.get(r);
            List<Band> bands = rowBands.get(r);
            Band head = bands.get(0);
            int next = 1;
            boolean first = true;
            while (first || next < bands.size()) {
                // A row goes on the page so far when it fits there whole, under the title block or the rows
                // before it; else on a page of its own (a page held one row, half of an A3 page left empty). Under
                // the title block alone, a row no page could hold whole starts there with its first lane. (The first
                // row of a slide deck once fitted there all but its friction lane, which then had a slide alone.)
                boolean onTitlePage = row.index() == 0;
                double gap = onTitlePage || y == top ? 0 : map.metrics().rowGap();
                boolean here = first && (y + gap + total(bands) <= bottom
                        || onTitlePage && y + head.height() + height(bands, next) <= bottom
                                && top + total(bands) > bottom);
                if (here) {
                    y += gap;
                } else {
                    if (!front.isEmpty()) {
                        sheets.add(new Sheet(back, front));
                    }
                    front = new ArrayList<>();
                    back = new ArrayList<>();
                    y = top;
                }
                double rowTop = y;
                front.addAll(Shift.of(head.nodes(), y - head.top()));
                y += head.height();
                // At least one lane per page, even one taller than the page (then cut at the page's edge).
                while (next < bands.size() && (y == rowTop + head.height() || y + height(bands, next) <= bottom)) {
                    Band band = bands.get(next);
                    front.addAll(Shift.of(band.nodes(), y - band.top()));
                    y += band.height();
                    next++;
                }
                back.addAll(rowLayout.stageBands(rowTop, y));
                first = false;
            }
        }
        if (!front.isEmpty() || sheets.isEmpty()) {
            sheets.add(new Sheet(back, front));
        }
        if (sheets.size() > 1) {
            // A journey that needs several pages opens with the whole of it on one.
            sheets.add(0, new Sheet(List.of(), layout.overview(width, top, bottom)));
        }
        List<Scene> pages = new ArrayList<>();
        for (int i = 0; i < sheets.size(); i++) {
            List<Node> nodes = new ArrayList<>();
            nodes.add(new Box(Role.BACKGROUND, 0, 0, width, height, 0, 0, false));
            nodes.addAll(sheets.get(i).back());
            nodes.addAll(sheets.get(i).front());
            Set<Legend.Key> keys = Legend.keysOf(sheets.get(i).front());
            nodes.addAll(Legend.layout(keys, map.words(), keyLeft, keyRight,
                    height - JourneyLayout.MARGIN - Legend.height(keys, map.words(), keyLeft, keyRight)));
            nodes.addAll(folio(i + 1, sheets.size()));
            if (journey.direction() == TextDirection.RTL) {
                nodes = Mirror.of(nodes, width);
            }
            pages.add(new Scene(width, height, journey.title(), summary, journey.lang(), nodes));
        }
        return pages;
    }

    /** The height of a whole row: its header and every lane band. */
    private static double total(List<Band> bands) {
        return bands.stream().mapToDouble(Band::height).sum();
    }

    /** The height of the first lane band from {@code index}, 0 when there is none. */
    private static double height(List<Band> bands, int index) {
        return index < bands.size() ? bands.get(index).height() : 0;
    }

    /** Where a page's content starts: under the line that names the journey and the page. */
    private static double header() {
        return JourneyLayout.MARGIN + 22;
    }

    /** The journey's title and the page's number, on one line at the top of the page. */
    private List<Node> folio(int page, int pages) {
        String number = map.words().get("page.number", page, pages);
        double numberWidth = TextWrap.width(number, 11, false);
        double baseline = JourneyLayout.MARGIN + 8;
        double room = width - 2 * JourneyLayout.MARGIN - numberWidth - 24;
        String title = TextWrap.line(map.journey().title(), 11, true, room);
        List<Node> nodes = new ArrayList<>();
        if (page > 1 && !title.isEmpty()) {
            nodes.add(JourneyLayout.text(Role.DESCRIPTION, 11, true, Anchor.START, List.of(title),
                    JourneyLayout.MARGIN, baseline, 14));
            // Owner, version and date after the title, so a page taken out of the deck still says where it is from.
            String issue = String.join(" \u00b7 ", layout.issue(map.journey().settings().provenance()));
            double titleWidth = TextWrap.width(title, 11, true) + 12;
            String line = issue.isEmpty() ? "" : TextWrap.line(issue, 11, false, room - titleWidth);
            if (!line.isEmpty()) {
                nodes.add(JourneyLayout.text(Role.DESCRIPTION, 11, false, Anchor.START, List.of(line),
                        JourneyLayout.MARGIN + titleWidth, baseline, 14));
            }
        }
        nodes.add(JourneyLayout.text(Role.DESCRIPTION, 11, false, Anchor.END, List.of(number),
                width - JourneyLayout.MARGIN, baseline, 14));
        return nodes;
    }
}
