package dev.journeymaps.render.slides;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Provenance;
import dev.journeymaps.model.TextDirection;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.render.Page;
import dev.journeymaps.render.RenderException;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.raster.RasterRenderer;
import dev.journeymaps.render.theme.Theme;
import dev.journeymaps.render.words.Words;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.sl.usermodel.PictureData.PictureType;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.openxmlformats.schemas.presentationml.x2006.main.CTPicture;

/**
 * Writes a journey map as a PowerPoint deck of 16:9 slides (13.333 × 7.5 in): a title slide of editable text (title,
 * description, owner, version, date and the research sources), then one slide per page of the map laid out for
 * {@link Page#SLIDE} — the slide's map, two rows of eight touchpoints at most, its lanes labelled, numbered, with the
 * key to its symbols — drawn as a picture at 1920 × 1080 pixels, so that its smallest text is 9 pt on the slide; then,
 * as editable tables, the hotspots with the explanation of each score and the action plan (every opportunity with its
 * owner, due date and KPI), so a CX lead can present what to fix and who fixes it by when.
 *
 * <pre>{@code
 * new SlideDeck().render(JourneyLoader.analyse(file).analysed().orElseThrow(), RenderOptions.defaults(), out);
 * }</pre>
 *
 * <p>The same journey always gives the same bytes: the deck's dates are the journey's own ({@code journey.date}, else
 * none) and every entry of the file carries one fixed time. Instances hold no state and may be shared between threads.
 */
public final class SlideDeck {

    /** The slide's width in points: {@link Page#SLIDE}. */
    static final int WIDTH = (int) Page.SLIDE.widthPoints();
    /** The slide's height in points. */
    static final int HEIGHT = (int) Page.SLIDE.heightPoints();
    /** Pixels across a slide's picture: full HD, two pixels per point. */
    public static final int PICTURE_PIXELS = 1920;

    /**
     * The most map slides a deck draws as vector pictures too: POI holds the whole deck in memory until it writes
     * it, and a page's outlines are a megabyte or two. A longer deck (a journey of hundreds of touchpoints) has the
     * pictures only, and stays within a few hundred kilobytes a slide.
     */
    public static final int MAX_VECTOR_PAGES = 24;

    static final double MARGIN = 48;

    private final RasterRenderer raster = new RasterRenderer();

    /** A deck writer. */
    public SlideDeck() {}

    /**
     * Writes the deck of {@code analysed}'s map, drawn with {@code options} (their page is always the slide), to
     * {@code out}, left open.
     *
     * @throws IllegalArgumentException when the options name a persona the journey does not have
     * @throws dev.journeymaps.render.TooLargeException when a slide cannot be drawn in the memory Java may use
     * @throws RenderException when drawing or writing fails
     */
    public void render(AnalysedJourney analysed, RenderOptions options, OutputStream out) {
        Objects.requireNonNull(analysed, "analysed");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        Journey journey = analysed.journey();
        Words words = Words.forMap(journey);
        ByteArrayOutputStream deck = new ByteArrayOutputStream();
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(new Dimension(WIDTH, HEIGHT));
            Optional<Date> date = journey.settings().provenance().date()
                    .map(d -> Date.from(d.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
            show.getProperties().getCoreProperties().setCreated(date);
            show.getProperties().getCoreProperties().setModified(date);
            show.getProperties().getCoreProperties().setTitle(journey.title());
            show.getProperties().getCoreProperties().setCreator(journey.settings().provenance().owner());
            titleSlide(show, journey, options.theme(), words);
            // A page at a time: its PNG and outlined SVG are drawn, put on a slide and let go.
            raster.renderPagePngs(analysed, options.withPage(Page.SLIDE), PICTURE_PIXELS,
                    (index, count, document, png) -> pageSlide(show, png,
                            count <= MAX_VECTOR_PAGES ? document : null,
                            journey.title() + " \u2014 " + words.get("page.number", index + 1, count)));
            Words reportWords = Words.forReport(journey);
            boolean rtl = journey.direction() == TextDirection.RTL;
            ActionSlides.hotspots(show, journey, analysed.analysis(), options.theme(), reportWords, rtl);
            ActionSlides.plan(show, journey, options.theme(), reportWords, rtl);
            show.write(deck);
        } catch (IOException e) {
            throw new RenderException("cannot write the slide deck: " + e.getMessage(), e);
        }
        try {
            out.write(StableZip.of(deck.toByteArray()));
            out.flush();
        } catch (IOException e) {
            throw new RenderException("cannot write the slide deck: " + e.getMessage(), e);
        }
    }

    /** The deck's first slide: what the map is, whose, which version and day, and the research behind it. */
    private static void titleSlide(XMLSlideShow show, Journey journey, Theme theme, Words words) {
        XSLFSlide slide = show.createSlide();
        slide.getBackground().setFillColor(colour(theme, Theme.Slot.BACKGROUND));
        boolean rtl = journey.direction() == TextDirection.RTL;
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(MARGIN, MARGIN * 2, WIDTH - 2 * MARGIN, HEIGHT - 3 * MARGIN));
        box.clearText();
        paragraph(box, journey.title(), 36, true, colour(theme, Theme.Slot.INK), rtl);
        if (!journey.description().isBlank()) {
            paragraph(box, journey.description(), 18, false, colour(theme, Theme.Slot.MUTED), rtl);
        }
        for (String line : provenance(journey.settings().provenance(), words)) {
            paragraph(box, line, 14, false, colour(theme, Theme.Slot.MUTED), rtl);
        }
    }

    /** Owner, version and date on one line, then the research sources with their sample sizes. */
    static List<String> provenance(Provenance p, Words words) {
        List<String> parts = new ArrayList<>();
        if (!p.owner().isBlank()) {
            parts.add(words.get("title.owner", p.owner()));
        }
        if (!p.version().isBlank()) {
            parts.add(words.get("title.version", p.version()));
        }
        p.date().ifPresent(d -> parts.add(d.toString()));
        List<String> lines = new ArrayList<>();
        if (!parts.isEmpty()) {
            lines.add(String.join(" \u00b7 ", parts));
        }
        if (!p.sources().isEmpty()) {
            lines.add(words.get("title.sources", words.list(p.sources().stream()
                    .map(s -> s.sampleSize().isPresent()
                            ? words.get("title.sample", s.name(), s.sampleSize().getAsInt())
                            : s.name())
                    .toList())));
        }
        return lines;
    }

    static void paragraph(XSLFTextBox box, String text, double size, boolean bold, Color colour,
            boolean rtl) {
        XSLFTextParagraph p = box.addNewTextParagraph();
        p.setTextAlign(rtl ? TextAlign.RIGHT : TextAlign.LEFT);
        p.setSpaceAfter(size * 0.6);
        XSLFTextRun run = p.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(colour);
        run.setFontFamily("DejaVu Sans");
    }

    /**
     * A slide that is one page of the map, as a picture covering the slide, described for screen readers: the SVG
     * page when there is one ({@code svg} not null; PowerPoint 2016 and later, Keynote and LibreOffice draw it), with
     * the PNG as the fallback older viewers show.
     */
    private static void pageSlide(XMLSlideShow show, byte[] png, String svg, String description) {
        XSLFSlide slide = show.createSlide();
        XSLFPictureData data = show.addPicture(png, PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(data);
        if (svg != null) {
            picture.setSvgImage(show.addPicture(svg.getBytes(StandardCharsets.UTF_8), PictureType.SVG));
        }
        picture.setAnchor(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        ((CTPicture) picture.getXmlObject()).getNvPicPr().getCNvPr().setDescr(description);
    }

    static Color colour(Theme theme, Theme.Slot slot) {
        return Color.decode(theme.colour(slot));
    }
}
