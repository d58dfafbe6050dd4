package dev.journeymaps.render.svg;

import dev.journeymaps.render.layout.Drawing;
import dev.journeymaps.render.layout.Role;
import dev.journeymaps.render.layout.Scene;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.CurveTo;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Icon;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.PathOp;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import dev.journeymaps.render.layout.PlainText;
import dev.journeymaps.render.layout.Outline;
import dev.journeymaps.render.layout.TextOutlines;
import dev.journeymaps.render.layout.TextOutlines.ColourLayer;
import dev.journeymaps.render.layout.TextOutlines.Outlines;
import dev.journeymaps.render.theme.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes a scene as an SVG 1.1 document; it decides nothing about where things go, only how they look. */
final class SvgWriter {

    /**
     * The bundled fonts the layout measured with, in its fallback order, then look-alikes a viewer may have, then
     * colour emoji fonts for viewers without Twemoji Mozilla.
     */
    static final String FONT_FAMILY = "DejaVu Sans, Noto Sans Sundanese, Twemoji Mozilla, Noto Sans, Verdana, Arial,"
            + " Noto Color Emoji, Apple Color Emoji, Segoe UI Emoji, sans-serif";
    private static final String DASH = "5 4";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String ICON_ID = "jm-icon-";

    private final XmlWriter xml;
    private final Palette palette;
    private final TextMode mode;
    /** What the map's {@code <style>} says for every element of a role, left off the elements themselves. */
    private StyleSheet sheet = StyleSheet.NONE;

    private final double radius;
    /**
     * The presentation made so far, by role: an element's style depends on a few of its fields only (a text's size,
     * weight and anchor; a box's level), and a map of 10,000 touchpoints made one for each of its 200,000 elements,
     * twice (once to share them in the style sheet, once to write them). Each writer has its own, as the rows of a
     * map are written side by side; the styles are never changed once made.
     */
    private final Map<Role, List<MadeStyle>> made = new EnumMap<>(Role.class);

    /** A style made for the elements of a role that share {@code kind} and {@code key}. */
    private record MadeStyle(int kind, long key, StyleSheet.Style style) {}

    private static final int TEXT = 0;
    private static final int PAINT = 1;
    private static final int PATH = 2;
    private static final int ICON = 3;

    private SvgWriter(Theme theme, TextMode mode) {
        this.xml = new XmlWriter();
        this.palette = new Palette(theme);
        this.mode = mode;
        this.radius = theme.cornerRadius();
    }

    /** A writer of nodes inside {@code document}'s open elements, in its colours, text mode and style sheet. */
    private SvgWriter(SvgWriter document) {
        this.palette = document.palette;
        this.mode = document.mode;
        this.radius = document.radius;
        this.sheet = document.sheet;
        this.xml = document.xml.nested();
    }

    /** The SVG document of {@code scene}, in {@code theme}'s colours. */
    static String write(Scene scene, Theme theme) {
        return write(scene, theme, TextMode.TEXT);
    }

    /**
     * The SVG document of {@code scene}, in {@code theme}'s colours, its text written as {@code mode} says: as
     * {@code <text>}, as the filled outlines of its glyphs (see {@link TextOutlines}), or each line as the one or the
     * other (see {@link PlainText}).
     */
    static String write(Scene scene, Theme theme, TextMode mode) {
        SvgWriter w = new SvgWriter(theme, mode);
        w.document(scene);
        return w.xml.toString();
    }

    /**
     * Writes the SVG document of the drawing {@code layout} makes to {@code out} in UTF-8 as it goes, never holding it
     * whole.
     * {@code layout} is given what must see every node before the drawing is drawn (for the icons and the style
     * sheet the document opens with); see {@link dev.journeymaps.render.layout.JourneyLayout#drawing}.
     */
    static void write(Function<Consumer<Node>, Drawing> layout, Theme theme, OutputStream out) throws IOException {
        SvgWriter w = new SvgWriter(theme, TextMode.TEXT);
        w.xml.streamingTo(out);
        w.document(layout);
        w.xml.finish();
    }

    /**
     * One SVG document holding {@code pages}, each a top-level {@code <g class="page">} drawn at the origin (so they
     * lie on top of each other): for a converter that puts each such group on a page of its own, {@code widthPoints}
     * × {@code heightPoints} big. Viewed as it is, only the last page shows.
     */
    static String writePages(List<Scene> pages, Theme theme, TextMode mode, double widthPoints,
            double heightPoints) {
        SvgWriter w = new SvgWriter(theme, mode);
        Scene first = pages.get(0);
        Set<String> icons = new LinkedHashSet<>();
        pages.forEach(p -> collectIcons(p.nodes(), icons));
        w.shareStyles(pages);
        w.start(first, icons, XmlWriter.number(widthPoints) + "pt", XmlWriter.number(heightPoints) + "pt");
        for (Scene page : pages) {
            w.xml.start("g").attribute("class", "page");
            page.nodes().forEach(w::node);
            w.xml.end();
        }
        w.xml.end();
        return w.xml.toString();
    }

    private void document(Scene scene) {
        document(survey -> {
            scene.draw(survey);
            return scene;
        });
    }

    /** The document of the drawing {@code layout} makes, given what sees every node first. */
    private void document(Function<Consumer<Node>, Drawing> layout) {
        Set<String> icons = new LinkedHashSet<>();
        StyleSheet.Builder styles = mode == TextMode.TEXT ? new StyleSheet.Builder() : null;
        Drawing drawing = layout.apply(node -> {
            collectIcons(List.of(node), icons);
            if (styles != null) {
                shareStyles(List.of(node), styles);
            }
        });
        if (styles != null) {
            sheet = styles.build();
        }
        start(drawing, icons, XmlWriter.number(drawing.width()), XmlWriter.number(drawing.height()));
        List<List<Node>> window = new ArrayList<>();
        drawing.drawInParts(part -> {
            if (part.size() < PART_NODES) {
                writeAndEmpty(window);
                part.forEach(this::node);
            } else {
                window.add(part);
                if (window.size() == WINDOW) {
                    writeAndEmpty(window);
                }
            }
        });
        writeAndEmpty(window);
        xml.end();
    }

    /** At most this many parts of a drawing (rows of a map) are held to be written side by side. */
    private static final int WINDOW = 4;
    /** A part of fewer nodes is written at once: too small to share out (a drawing of one-node parts streams). */
    private static final int PART_NODES = 64;
    /** Parts with fewer nodes together are written one after the other: a thread would cost more than it saves. */
    private static final int SIDE_BY_SIDE_NODES = 500;

    /**
     * Writes {@code parts} in order, then empties the list: side by side on the common fork-join pool when they are
     * large, each into a writer of its own ({@link XmlWriter#nested()}), appended here in order; the same bytes either
     * way.
     */
    private void writeAndEmpty(List<List<Node>> parts) {
        if (parts.size() < 2 || parts.stream().mapToInt(List::size).sum() < SIDE_BY_SIDE_NODES) {
            parts.forEach(p -> p.forEach(this::node));
        } else {
            List<SvgWriter> written = parts.parallelStream().map(p -> {
                SvgWriter w = new SvgWriter(this);
                p.forEach(w::node);
                return w;
            }).toList();
            written.forEach(w -> xml.append(w.xml));
        }
        parts.clear();
    }

    /** Opens the root element of a document whose canvas is {@code scene}'s, with its title, summary and icons. */
    private void start(Drawing scene, Set<String> icons, String width, String height) {
        xml.declaration()
                .start("svg")
                .attribute("xmlns", "http://www.w3.org/2000/svg");
        if (!icons.isEmpty()) {
            xml.attribute("xmlns:xlink", XLINK);
        }
        xml.attribute("version", "1.1")
                .attribute("width", width)
                .attribute("height", height)
                .attribute("viewBox", "0 0 " + XmlWriter.number(scene.width()) + " " + XmlWriter.number(scene.height()))
                .attribute("role", "img")
                .attribute("xml:lang", scene.lang())
                // The map mirrors itself for right-to-left journeys; inlined in a right-to-left page it must not
                // inherit that page's direction.
                .attribute("direction", "ltr")
                .attribute("font-family", FONT_FAMILY);
        xml.startInline("title").text(scene.title()).end();
        xml.startInline("desc").text(scene.description()).end();
        if (!sheet.isEmpty()) {
            xml.startInline("style").attribute("type", "text/css").text(sheet.text()).end();
        }
        symbols(icons);
    }

    private void node(Node node) {
        if (node instanceof Group g) {
            group(g);
        } else if (node instanceof Box b) {
            box(b);
        } else if (node instanceof TextBlock t) {
            text(t);
        } else if (node instanceof Path p) {
            path(p);
        } else if (node instanceof Marker m) {
            marker(m);
        } else if (node instanceof Icon i) {
            icon(i);
        }
    }

    /** The icons drawn, each once, in the order first drawn (so the same scene gives the same defs). */
    private static void collectIcons(List<Node> nodes, Set<String> icons) {
        for (Node node : nodes) {
            if (node instanceof Icon i) {
                icons.add(IconSymbols.drawn(i.name()));
            } else if (node instanceof Group g) {
                collectIcons(g.children(), icons);
            }
        }
    }

    /**
     * One symbol per icon drawn, which every use of the icon points to: the map stays small however many cards
     * share a channel. Batik draws these uses too (SVG 1.1 {@code xlink:href}, which browsers still read).
     */
    private void symbols(Set<String> icons) {
        if (icons.isEmpty()) {
            return;
        }
        xml.start("defs");
        String box = "0 0 " + IconSymbols.GRID + " " + IconSymbols.GRID;
        for (String name : icons) {
            xml.start("symbol").attribute("id", ICON_ID + name).attribute("viewBox", box);
            xml.start("path").attribute("d", IconSymbols.path(name)).end();
            xml.end();
        }
        xml.end();
    }

    private void icon(Icon i) {
        xml.start("use")
                .attribute("class", className(i.role()))
                .attribute("xlink:href", "#" + ICON_ID + IconSymbols.drawn(i.name()))
                .attribute("x", i.x())
                .attribute("y", i.y())
                .attribute("width", i.size())
                .attribute("height", i.size());
        presentation("use", i.role(), iconStyle(i));
        xml.end();
    }

    private void group(Group g) {
        xml.start("g").attribute("class", className(g.role()));
        if (!g.touchpoint().isEmpty()) {
            xml.attribute("data-touchpoint", g.touchpoint());
        }
        if (!g.tooltip().isEmpty()) {
            xml.startInline("title").text(g.tooltip()).end();
        }
        // a loop, not forEach(this::node): a bound method reference is an object made for every group, through a
        // method handle the launcher's compiler (C1) calls the VM for
        for (Node child : g.children()) {
            node(child);
        }
        xml.end();
    }

    private void box(Box b) {
        xml.start("rect")
                .attribute("class", className(b.role()))
                .attribute("x", b.x())
                .attribute("y", b.y())
                .attribute("width", b.width())
                .attribute("height", b.height());
        if (b.radius() > 0) {
            // The layout rounds cards by the default radius; a theme's radius rounds every box in proportion.
            xml.attribute("rx", b.radius() * radius / Theme.DEFAULT_RADIUS);
        }
        presentation("rect", b.role(), paint(b.role(), b.level(), b.dashed()));
        xml.end();
    }

    private void text(TextBlock t) {
        switch (mode) {
            case TEXT -> textElement(t);
            case OUTLINES -> outlinedText(t);
            case MIXED -> mixedText(t);
        }
    }

    /** The plain lines of {@code t} as text, the others as outlines; a block's lines keep their places. */
    private void mixedText(TextBlock t) {
        Map<Boolean, List<TextLine>> plain =
                t.lines().stream().collect(Collectors.partitioningBy(line -> PlainText.isPlain(t, line)));
        if (!plain.get(true).isEmpty()) {
            plainTextElement(withLines(t, plain.get(true)));
        }
        if (!plain.get(false).isEmpty()) {
            outlinedText(withLines(t, plain.get(false)));
        }
    }

    /**
     * Plain lines as text placed by their left edge and fitted to the width the layout measured: a converter whose
     * font keeps rounded widths (FOP's) then neither drifts along a line nor shifts a centred or right-aligned one.
     */
    private void plainTextElement(TextBlock t) {
        startText(t);
        xml.attribute("fill", palette.paint(t.role(), 0).fill());
        for (TextLine line : t.lines()) {
            xml.start("tspan").attribute("x", PlainText.left(t, line)).attribute("y", line.y());
            if (line.text().codePointCount(0, line.text().length()) > 1) {
                xml.attribute("textLength", PlainText.inkLength(t, line)).attribute("lengthAdjust", "spacing");
            }
            xml.text(line.text()).end();
        }
        xml.end();
    }

    private static TextBlock withLines(TextBlock t, List<TextLine> lines) {
        return new TextBlock(t.role(), t.size(), t.bold(), t.anchor(), lines, t.width(), t.rightToLeft());
    }

    /** Opens a {@code <text>} element with the block's class, size and weight. */
    private void startText(TextBlock t) {
        xml.startInline("text").attribute("class", className(t.role())).attribute("font-size", t.size());
        if (t.bold()) {
            xml.attribute("font-weight", "bold");
        }
    }

    private void textElement(TextBlock t) {
        xml.startInline("text").attribute("class", className(t.role()));
        if (t.rightToLeft()) {
            // The viewer runs the bidi algorithm on the logical text; it needs the paragraph's direction, and
            // then "start" is the right edge.
            xml.attribute("direction", "rtl");
        }
        presentation("text", t.role(), textStyle(t));
        for (TextLine line : t.lines()) {
            xml.start("tspan").attribute("x", line.x()).attribute("y", line.y()).text(line.text()).end();
        }
        xml.end();
    }

    /**
     * The block's glyph outlines: one path in the text's colour for all its lines, then one path per layer of each
     * colour glyph (emoji), in painting order, filled with the layer's colour from the font's palette.
     */
    private void outlinedText(TextBlock t) {
        StringBuilder ink = new StringBuilder();
        List<ColourLayer> colours = new ArrayList<>();
        for (TextLine line : t.lines()) {
            Outlines outlines = TextOutlines.of(t, line);
            appendPath(ink, outlines.ink());
            colours.addAll(outlines.colours());
        }
        String fill = palette.paint(t.role(), 0).fill();
        if (ink.length() > 0) {
            xml.start("path").attribute("class", className(t.role())).attribute("d", ink.toString())
                    .attribute("fill", fill);
            xml.end();
        }
        for (ColourLayer layer : colours) {
            StringBuilder d = new StringBuilder();
            appendPath(d, layer.shape());
            if (d.length() == 0) {
                continue;
            }
            xml.start("path").attribute("d", d.toString());
            if (layer.argb().isEmpty()) {
                xml.attribute("fill", fill);
            } else {
                int argb = layer.argb().getAsInt();
                xml.attribute("fill", String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF));
                int alpha = argb >>> 24;
                if (alpha < 255) {
                    xml.attribute("fill-opacity", alpha / 255.0);
                }
            }
            xml.end();
        }
    }

    /** Appends {@code outline} to the path data {@code d}. */
    private static void appendPath(StringBuilder d, Outline outline) {
        outline.forEachSegment(new Outline.Segments() {
            @Override
            public void moveTo(double x, double y) {
                command(d, 'M', x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                command(d, 'L', x, y);
            }

            @Override
            public void quadTo(double cx, double cy, double x, double y) {
                command(d, 'Q', cx, cy, x, y);
            }

            @Override
            public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
                command(d, 'C', c1x, c1y, c2x, c2y, x, y);
            }

            @Override
            public void close() {
                command(d, 'Z');
            }
        });
    }

    /** The SVG text-anchor that puts the line's scene anchor (a page edge) at x, given the text's direction. */
    private static String anchor(TextBlock t) {
        return switch (t.anchor()) {
            case MIDDLE -> "middle";
            case START -> t.rightToLeft() ? "end" : "start";
            case END -> t.rightToLeft() ? "start" : "end";
        };
    }

    /** The style made for the elements of {@code role} that share {@code kind} and {@code key}, or null. */
    private StyleSheet.Style made(Role role, int kind, long key) {
        List<MadeStyle> styles = made.get(role);
        if (styles != null) {
            for (MadeStyle m : styles) { // a role's elements come in a few styles at most
                if (m.kind() == kind && m.key() == key) {
                    return m.style();
                }
            }
        }
        return null;
    }

    /** Keeps {@code style}, made for the elements of {@code role} that share {@code kind} and {@code key}. */
    private StyleSheet.Style keep(Role role, int kind, long key, StyleSheet.Style style) {
        List<MadeStyle> styles = made.get(role);
        if (styles == null) {
            styles = new ArrayList<>(2);
            made.put(role, styles);
        }
        styles.add(new MadeStyle(kind, key, style));
        return style;
    }

    /** The presentation of a {@code <text>} block drawn as text. */
    private StyleSheet.Style textStyle(TextBlock t) {
        String anchor = anchor(t);
        long key = Math.round(t.size() * 100) << 3 | (t.bold() ? 4 : 0)
                | (anchor.equals("start") ? 0 : anchor.equals("middle") ? 1 : 2);
        StyleSheet.Style known = made(t.role(), TEXT, key);
        return known != null ? known : keep(t.role(), TEXT, key, newTextStyle(t, anchor));
    }

    private StyleSheet.Style newTextStyle(TextBlock t, String anchor) {
        StyleSheet.Style style = new StyleSheet.Style().add("font-size", XmlWriter.number(t.size()));
        if (t.bold()) {
            style.add("font-weight", "bold");
        }
        if (!anchor.equals("start")) {
            style.add("text-anchor", anchor);
        }
        return style.add("fill", palette.paint(t.role(), 0).fill());
    }

    private void path(Path p) {
        StringBuilder d = new StringBuilder();
        for (PathOp op : p.ops()) {
            if (op instanceof MoveTo m) {
                command(d, 'M', m.x(), m.y());
            } else if (op instanceof LineTo l) {
                command(d, 'L', l.x(), l.y());
            } else if (op instanceof CurveTo c) {
                command(d, 'C', c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y());
            }
        }
        if (p.closed()) {
            d.append(" Z");
        }
        xml.start("path").attribute("class", className(p.role())).attribute("d", d.toString());
        presentation("path", p.role(), pathStyle(p));
        xml.end();
    }

    private StyleSheet.Style pathStyle(Path p) {
        long key = (long) p.level() << 2 | (p.dashed() ? 2 : 0) | (p.closed() ? 1 : 0);
        StyleSheet.Style known = made(p.role(), PATH, key);
        return known != null ? known : keep(p.role(), PATH, key, newPathStyle(p));
    }

    private StyleSheet.Style newPathStyle(Path p) {
        StyleSheet.Style style = newPaint(p.role(), p.level(), p.dashed());
        if (p.role() == Role.DIFF_GAIN || p.role() == Role.DIFF_LOSS) {
            // Translucent, so the curves and the grid stay visible through the shading.
            style.add("fill-opacity", "0.28");
        }
        if (p.role() == Role.EMOTION_CURVE && !Palette.curveDash(p.level()).isEmpty()) {
            style.add("stroke-dasharray", Palette.curveDash(p.level()));
        }
        if (!p.closed()) {
            style.add("stroke-linejoin", "round").add("stroke-linecap", "round");
        }
        return style;
    }

    private StyleSheet.Style iconStyle(Icon i) {
        StyleSheet.Style known = made(i.role(), ICON, 0);
        return known != null ? known : keep(i.role(), ICON, 0,
                newPaint(i.role(), 0, false).add("stroke-linejoin", "round").add("stroke-linecap", "round"));
    }

    private void marker(Marker m) {
        double r = m.size();
        switch (m.shape()) {
            case CIRCLE -> xml.start("circle").attribute("class", className(m.role()))
                    .attribute("cx", m.x()).attribute("cy", m.y()).attribute("r", r);
            case STOP -> xml.start("rect").attribute("class", className(m.role()))
                    .attribute("x", m.x() - r).attribute("y", m.y() - r)
                    .attribute("width", 2 * r).attribute("height", 2 * r).attribute("rx", r / 3);
            case TRIANGLE -> xml.start("path").attribute("class", className(m.role())).attribute("d",
                    polygon(m.x(), m.y() - r, m.x() + r, m.y() + r * 0.8, m.x() - r, m.y() + r * 0.8));
            case STAR -> xml.start("path").attribute("class", className(m.role())).attribute("d", star(m));
            case DIAMOND -> xml.start("path").attribute("class", className(m.role())).attribute("d",
                    polygon(m.x(), m.y() - r, m.x() + r, m.y(), m.x(), m.y() + r, m.x() - r, m.y()));
        }
        presentation(markerElement(m), m.role(), paint(m.role(), m.level(), false));
        xml.end();
    }

    private static String star(Marker m) {
        double[] points = new double[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? m.size() : m.size() * 0.45;
            double angle = Math.PI * i / 5 - Math.PI / 2;
            points[2 * i] = m.x() + radius * Math.cos(angle);
            points[2 * i + 1] = m.y() + radius * Math.sin(angle);
        }
        return polygon(points);
    }

    /** The path data of the closed polygon through {@code points} ({@code x, y} after each other). */
    private static String polygon(double... points) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < points.length; i += 2) {
            command(d, i == 0 ? 'M' : 'L', points[i], points[i + 1]);
        }
        return command(d, 'Z').toString();
    }

    /** The fill and stroke of a box or a marker of {@code role}: kept, so not to be added to. */
    private StyleSheet.Style paint(Role role, int level, boolean dashed) {
        long key = (long) level << 1 | (dashed ? 1 : 0);
        StyleSheet.Style known = made(role, PAINT, key);
        return known != null ? known : keep(role, PAINT, key, newPaint(role, level, dashed));
    }

    /** The fill and stroke of an element of {@code role}, in a style of its own that may be added to. */
    private StyleSheet.Style newPaint(Role role, int level, boolean dashed) {
        Palette.Paint paint = palette.paint(role, level);
        StyleSheet.Style style = new StyleSheet.Style().add("fill", paint.fill());
        if (paint.strokeWidth() > 0) {
            style.add("stroke", paint.stroke()).add("stroke-width", XmlWriter.number(paint.strokeWidth()));
            if (dashed) {
                style.add("stroke-dasharray", DASH);
            }
        }
        return style;
    }

    private static String markerElement(Marker m) {
        return switch (m.shape()) {
            case CIRCLE -> "circle";
            case STOP -> "rect";
            case TRIANGLE, STAR, DIAMOND -> "path";
        };
    }

    /**
     * Writes the properties of {@code style} that the style sheet does not already set for {@code element}s of
     * {@code role}.
     */
    private void presentation(String element, Role role, StyleSheet.Style style) {
        for (int i = 0; i < style.size(); i++) {
            if (!sheet.covers(element, role, style.name(i))) {
                xml.attribute(style.name(i), style.value(i));
            }
        }
    }

    /**
     * Builds the style sheet of {@code scenes} when their text is written as text. Outlined text (for the PNG and
     * PDF converters) keeps every property on its element: those documents are never kept, so their size matters
     * less than drawing them exactly as before.
     */
    private void shareStyles(List<Scene> scenes) {
        if (mode != TextMode.TEXT) {
            return;
        }
        StyleSheet.Builder builder = new StyleSheet.Builder();
        scenes.forEach(s -> shareStyles(s.nodes(), builder));
        sheet = builder.build();
    }

    private void shareStyles(List<Node> nodes, StyleSheet.Builder builder) {
        for (Node node : nodes) {
            if (node instanceof Group g) {
                shareStyles(g.children(), builder);
            } else if (node instanceof Box b) {
                builder.add("rect", b.role(), paint(b.role(), b.level(), b.dashed()));
            } else if (node instanceof TextBlock t) {
                builder.add("text", t.role(), textStyle(t));
            } else if (node instanceof Path p) {
                builder.add("path", p.role(), pathStyle(p));
            } else if (node instanceof Marker m) {
                builder.add(markerElement(m), m.role(), paint(m.role(), m.level(), false));
            } else if (node instanceof Icon i) {
                builder.add("use", i.role(), iconStyle(i));
            }
        }
    }

    /**
     * Appends path command {@code command} and its {@code points} ({@code x,y} pairs, each number as
     * {@link XmlWriter#number(double)} writes it, a space between pairs) to the path data {@code d}, after a space
     * when {@code d} already holds a command: every path, outline and marker is written this way.
     */
    private static StringBuilder command(StringBuilder d, char command, double... points) {
        if (d.length() > 0) {
            d.append(' ');
        }
        d.append(command);
        for (int i = 0; i < points.length; i += 2) {
            if (i > 0) {
                d.append(' ');
            }
            XmlWriter.number(XmlWriter.number(d, points[i]).append(','), points[i + 1]);
        }
        return d;
    }

    /** Every role's class name, made once: a large map names a role on each of its hundreds of thousands of nodes. */
    private static final String[] CLASS_NAMES = Arrays.stream(Role.values())
            .map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-'))
            .toArray(String[]::new);

    static String className(Role role) {
        return CLASS_NAMES[role.ordinal()];
    }
}
