package dev.journeymaps.render.slides;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Opportunity;
import dev.journeymaps.model.Stage;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.Hotspot;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.analysis.TouchpointAnalysis;
import dev.journeymaps.render.theme.Theme;
import dev.journeymaps.render.words.Words;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * The deck's slides after the map, as editable tables a CX lead presents from: the hotspots, each with the
 * components that make its score (the report's explanations, in the journey's language), and the action plan, every
 * opportunity with its owner, due date and KPI, soonest first. Text is never below 11 pt; a list longer than a slide
 * holds continues on the next, up to a few slides, then says how many more the report lists.
 */
final class ActionSlides {

    private static final int HOTSPOTS_PER_SLIDE = 4;
    private static final int ACTIONS_PER_SLIDE = 8;
    private static final int MAX_SLIDES = 3;
    private static final double TEXT = 11;
    private static final double HEADER_TEXT = 12;

    private ActionSlides() {}

    /** The hotspots, ranked, with why each scores as it does; nothing when no touchpoint is a hotspot. */
    static void hotspots(XMLSlideShow show, Journey journey, JourneyAnalysis analysis, Theme theme, Words words,
            boolean rtl) {
        List<String[]> rows = new ArrayList<>();
        for (Hotspot h : analysis.hotspots()) {
            TouchpointAnalysis t = h.touchpoint();
            String name = journey.touchpoint(t.touchpointId()).map(Touchpoint::name).orElse(t.touchpointId());
            String stage = journey.stage(t.stageId()).map(Stage::name).orElse(t.stageId());
            List<String> why = t.topComponents().stream().map(words::explain).toList();
            rows.add(new String[] {"#" + words.count(h.rank()), name + "\n" + stage, words.decimal(t.friction(), 2),
                    words.shown(Words.fixed(100 * t.reach(), 0) + "%"), words.decimal(t.impact(), 3),
                    String.join("\n", why)});
        }
        String[] header = {words.get("col.rank"), words.get("col.touchpoint"), words.get("lane.friction"),
                words.get("col.reach"), words.get("col.impact"), words.get("col.why")};
        double[] widths = {60, 180, 76, 60, 64, 424};
        slides(show, words.get("hotspots.title"), header, widths, rows, HOTSPOTS_PER_SLIDE, theme, words, rtl);
    }

    /** Every opportunity with its owner, due date and KPI, the soonest due first, undated last; nothing when none. */
    static void plan(XMLSlideShow show, Journey journey, Theme theme, Words words, boolean rtl) {
        record Action(LocalDate due, int order, String[] cells) {}
        List<Action> actions = new ArrayList<>();
        for (Stage s : journey.stages()) {
            for (Touchpoint t : s.touchpoints()) {
                for (Opportunity o : t.opportunities()) {
                    actions.add(new Action(o.due().orElse(LocalDate.MAX), actions.size(), new String[] {o.text(),
                            t.name(), o.owner(), o.due().map(words::date).orElse(""), o.kpi()}));
                }
            }
        }
        actions.sort(Comparator.comparing(Action::due).thenComparingInt(Action::order));
        String[] header = {words.get("action.opportunity"), words.get("col.touchpoint"), words.get("col.owner"),
                words.get("col.due"), words.get("col.kpi")};
        double[] widths = {300, 170, 130, 90, 174};
        slides(show, words.get("actions.title"), header, widths, actions.stream().map(Action::cells).toList(),
                ACTIONS_PER_SLIDE, theme, words, rtl);
    }

    private static void slides(XMLSlideShow show, String title, String[] header, double[] widths, List<String[]> rows,
            int perSlide, Theme theme, Words words, boolean rtl) {
        int shown = Math.min(rows.size(), perSlide * MAX_SLIDES);
        for (int from = 0; from < shown; from += perSlide) {
            XSLFSlide slide = show.createSlide();
            slide.getBackground().setFillColor(SlideDeck.colour(theme, Theme.Slot.BACKGROUND));
            XSLFTextBox heading = slide.createTextBox();
            heading.setAnchor(new Rectangle2D.Double(SlideDeck.MARGIN, 24, SlideDeck.WIDTH - 2 * SlideDeck.MARGIN,
                    40));
            heading.clearText();
            SlideDeck.paragraph(heading, title, 24, true, SlideDeck.colour(theme, Theme.Slot.INK), rtl);
            List<String[]> part = rows.subList(from, Math.min(shown, from + perSlide));
            table(slide, header, widths, part, theme, rtl);
            if (from + perSlide >= shown && rows.size() > shown) {
                XSLFTextBox more = slide.createTextBox();
                more.setAnchor(new Rectangle2D.Double(SlideDeck.MARGIN, SlideDeck.HEIGHT - 40,
                        SlideDeck.WIDTH - 2 * SlideDeck.MARGIN, 24));
                more.clearText();
                SlideDeck.paragraph(more, words.get("lane.more", rows.size() - shown), TEXT, false,
                        SlideDeck.colour(theme, Theme.Slot.MUTED), rtl);
            }
        }
    }

    private static void table(XSLFSlide slide, String[] header, double[] widths, List<String[]> rows, Theme theme,
            boolean rtl) {
        XSLFTable table = slide.createTable();
        double width = 0;
        for (double w : widths) {
            width += w;
        }
        table.setAnchor(new Rectangle2D.Double((SlideDeck.WIDTH - width) / 2, 80, width, 40));
        Color ink = SlideDeck.colour(theme, Theme.Slot.INK);
        Color rule = SlideDeck.colour(theme, Theme.Slot.MUTED);
        row(table, header, HEADER_TEXT, true, ink, rule, rtl);
        for (String[] cells : rows) {
            row(table, cells, TEXT, false, ink, rule, rtl);
        }
        // Right to left, the first column stands on the right, as the map's first stage does.
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[rtl ? widths.length - 1 - c : c]);
        }
    }

    private static void row(XSLFTable table, String[] cells, double size, boolean bold, Color ink, Color rule,
            boolean rtl) {
        XSLFTableRow row = table.addRow();
        for (int c = 0; c < cells.length; c++) {
            String text = cells[rtl ? cells.length - 1 - c : c];
            XSLFTableCell cell = row.addCell();
            cell.clearText();
            cell.setBorderWidth(BorderEdge.bottom, bold ? 1.5 : 0.5);
            cell.setBorderColor(BorderEdge.bottom, rule);
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                XSLFTextParagraph p = cell.addNewTextParagraph();
                p.setTextAlign(rtl ? TextAlign.RIGHT : TextAlign.LEFT);
                XSLFTextRun run = p.addNewTextRun();
                run.setText(lines[i]);
                run.setFontSize(size);
                run.setBold(bold);
                run.setFontColor(ink);
                run.setFontFamily("DejaVu Sans");
            }
        }
    }
}
