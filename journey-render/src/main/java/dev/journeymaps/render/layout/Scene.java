package dev.journeymaps.render.layout;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A laid-out journey map: everything a writer draws, in drawing order, in user units (1 unit = 1 CSS pixel).
 *
 * @param width the canvas width
 * @param height the canvas height
 * @param title the map's title, in full (for the document's title)
 * @param description the map's summary, in full (for the document's description)
 * @param lang the BCP 47 language tag of the text
 * @param nodes what to draw, back to front
 */
public record Scene(double width, double height, String title, String description, String lang, List<Node> nodes)
        implements Drawing {

    public Scene {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lang, "lang");
        nodes = List.copyOf(nodes);
    }

    @Override
    public void draw(Consumer<Node> action) {
        nodes.forEach(action);
    }

    /** The scene's nodes, in one part. */
    @Override
    public void drawInParts(Consumer<List<Node>> parts) {
        parts.accept(nodes);
    }

    /** One drawable piece of the scene. */
    public sealed interface Node permits Group, Box, TextBlock, Path, Marker, Icon {
        /** What the piece means. */
        Role role();
    }

    /**
     * Pieces that belong together, such as a touchpoint's card and its text.
     *
     * @param role what the group stands for
     * @param touchpoint the id of the touchpoint the group draws (its card, its friction cell), so that a report can
     *     tie the drawing to its data; empty when the group stands for no single touchpoint
     * @param tooltip the full text of what the group shows, for tooltips and screen readers; empty for none
     * @param children the pieces, back to front
     */
    public record Group(Role role, String touchpoint, String tooltip, List<Node> children) implements Node {
        public Group {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(touchpoint, "touchpoint");
            Objects.requireNonNull(tooltip, "tooltip");
            children = List.copyOf(children);
        }

        /** A group that stands for no single touchpoint. */
        public Group(Role role, String tooltip, List<Node> children) {
            this(role, "", tooltip, children);
        }
    }

    /**
     * A rectangle.
     *
     * @param level a variant of the role (such as the stage's position, for alternating bands), 0 when unused
     * @param dashed whether the outline is dashed (a hypothesis rather than a researched fact)
     */
    public record Box(Role role, double x, double y, double width, double height, double radius, int level,
            boolean dashed) implements Node {
        public Box {
            Objects.requireNonNull(role, "role");
        }

        /** Whether this box and {@code other} share any area. */
        public boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }

        /** Whether the point lies inside this box or on its edge. */
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /**
     * How text lines are aligned on their x coordinate, on the page whatever the text's direction: {@code START}
     * puts a line's left edge at x, {@code END} its right edge.
     */
    public enum Anchor {
        START,
        MIDDLE,
        END;

        /** The left edge of a line {@code width} wide anchored this way at {@code x}. */
        public double left(double x, double width) {
            return switch (this) {
                case START -> x;
                case MIDDLE -> x - width / 2;
                case END -> x - width;
            };
        }
    }

    /**
     * Text already wrapped into lines that fit their space. Lines are in logical order (as typed); viewers reorder
     * right-to-left runs themselves.
     *
     * @param size the font size
     * @param bold whether the text is bold
     * @param anchor how each line is aligned on its x coordinate
     * @param lines the lines, each with its baseline position
     * @param width the widest line's measured width
     * @param rightToLeft whether the text's base direction is right to left (its first strong character is Persian,
     *     Arabic, Hebrew..., or it has none and the map runs right to left)
     */
    public record TextBlock(Role role, double size, boolean bold, Anchor anchor, List<TextLine> lines, double width,
            boolean rightToLeft) implements Node {
        public TextBlock {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(anchor, "anchor");
            lines = List.copyOf(lines);
        }

        /** A text block whose direction follows its first strong character, left to right when it has none. */
        public TextBlock(Role role, double size, boolean bold, Anchor anchor, List<TextLine> lines, double width) {
            this(role, size, bold, anchor, lines, width, Directions.isRightToLeft(lines, false));
        }
    }

    /** One line of text with the position of its baseline. */
    public record TextLine(String text, double x, double y) {
        public TextLine {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A line or curve.
     *
     * @param ops the drawing steps, starting with a {@link MoveTo}
     * @param closed whether the path is closed and filled (such as an arrow head)
     * @param dashed whether the stroke is dashed
     * @param level a variant of the role (such as the persona a curve belongs to), 0 when unused
     */
    public record Path(Role role, List<PathOp> ops, boolean closed, boolean dashed, int level) implements Node {
        public Path {
            Objects.requireNonNull(role, "role");
            ops = List.copyOf(ops);
        }

        /** A path with no variant. */
        public Path(Role role, List<PathOp> ops, boolean closed, boolean dashed) {
            this(role, ops, closed, dashed, 0);
        }
    }

    /** One step of a path. */
    public sealed interface PathOp permits MoveTo, LineTo, CurveTo {}

    /** Starts a path at a point. */
    public record MoveTo(double x, double y) implements PathOp {}

    /** A straight line to a point. */
    public record LineTo(double x, double y) implements PathOp {}

    /** A cubic Bézier curve to ({@code x}, {@code y}) with two control points. */
    public record CurveTo(double x1, double y1, double x2, double y2, double x, double y) implements PathOp {}

    /** The shapes a marker can have. */
    public enum Shape {
        CIRCLE,
        TRIANGLE,
        STAR,
        STOP,
        DIAMOND
    }

    /**
     * A symbol centred on a point.
     *
     * @param size the radius of the symbol
     * @param level a variant of the role (an emotion score -2..2, a severity 0..3), 0 when unused
     */
    public record Marker(Role role, Shape shape, double x, double y, double size, int level) implements Node {
        public Marker {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(shape, "shape");
        }
    }

    /**
     * A small pictogram, such as the icon of a touchpoint's channel, drawn in a square.
     *
     * @param name what the icon shows: a known channel of {@link dev.journeymaps.model.Channels#KNOWN} (such as
     *     {@code web}), {@code other} for any other channel
     * @param x the left of its square
     * @param y the top of its square
     * @param size the side of its square
     */
    public record Icon(Role role, String name, double x, double y, double size) implements Node {
        public Icon {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(name, "name");
        }
    }
}
