package dev.journeymaps.render.layout;

import dev.journeymaps.render.layout.Scene.Anchor;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.CurveTo;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.LineTo;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.MoveTo;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.PathOp;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.util.List;

/**
 * Turns a left-to-right map into a right-to-left one by mirroring every position across the canvas: the first stage
 * goes to the right, touchpoints and arrows run leftwards, lane labels move to the right. Text itself is not
 * mirrored: a line that started at a left edge now ends at the matching right edge, and text without a strong
 * direction of its own takes the map's.
 */
final class Mirror {

    private final double width;

    private Mirror(double width) {
        this.width = width;
    }

    /** {@code nodes} mirrored across a canvas {@code width} wide. */
    static List<Node> of(List<Node> nodes, double width) {
        Mirror m = new Mirror(width);
        return nodes.stream().map(m::node).toList();
    }

    /** {@code node} mirrored across a canvas {@code width} wide. */
    static Node of(Node node, double width) {
        return new Mirror(width).node(node);
    }

    private Node node(Node node) {
        if (node instanceof Group g) {
            return new Group(g.role(), g.touchpoint(), g.tooltip(), g.children().stream().map(this::node).toList());
        } else if (node instanceof Box b) {
            return new Box(b.role(), width - b.x() - b.width(), b.y(), b.width(), b.height(), b.radius(), b.level(),
                    b.dashed());
        } else if (node instanceof TextBlock t) {
            return text(t);
        } else if (node instanceof Path p) {
            return new Path(p.role(), p.ops().stream().map(this::op).toList(), p.closed(), p.dashed(), p.level());
        } else if (node instanceof Marker m) {
            return new Marker(m.role(), m.shape(), width - m.x(), m.y(), m.size(), m.level());
        } else if (node instanceof Scene.Icon i) {
            // The square moves; the pictogram itself is not flipped (a phone or an envelope reads the same in RTL).
            return new Scene.Icon(i.role(), i.name(), width - i.x() - i.size(), i.y(), i.size());
        }
        throw new IllegalArgumentException("unknown node " + node);
    }

    private TextBlock text(TextBlock t) {
        Anchor anchor = switch (t.anchor()) {
            case START -> Anchor.END;
            case MIDDLE -> Anchor.MIDDLE;
            case END -> Anchor.START;
        };
        List<TextLine> lines = t.lines().stream().map(l -> new TextLine(l.text(), width - l.x(), l.y())).toList();
        return new TextBlock(t.role(), t.size(), t.bold(), anchor, lines, t.width(),
                Directions.isRightToLeft(lines, true));
    }

    private PathOp op(PathOp op) {
        if (op instanceof MoveTo m) {
            return new MoveTo(width - m.x(), m.y());
        } else if (op instanceof LineTo l) {
            return new LineTo(width - l.x(), l.y());
        } else if (op instanceof CurveTo c) {
            return new CurveTo(width - c.x1(), c.y1(), width - c.x2(), c.y2(), width - c.x(), c.y());
        }
        throw new IllegalArgumentException("unknown path step " + op);
    }
}
