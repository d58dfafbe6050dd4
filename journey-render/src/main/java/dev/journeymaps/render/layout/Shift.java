package dev.journeymaps.render.layout;

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
import java.util.List;

/** Moves laid-out nodes down (or up) by a distance: a band of a row placed on a page. */
final class Shift {

    private final double dy;

    private Shift(double dy) {
        this.dy = dy;
    }

    /** {@code nodes} moved {@code dy} down. */
    static List<Node> of(List<Node> nodes, double dy) {
        if (dy == 0) {
            return nodes;
        }
        Shift s = new Shift(dy);
        return nodes.stream().map(s::node).toList();
    }

    private Node node(Node node) {
        if (node instanceof Group g) {
            return new Group(g.role(), g.touchpoint(), g.tooltip(), g.children().stream().map(this::node).toList());
        } else if (node instanceof Box b) {
            return new Box(b.role(), b.x(), b.y() + dy, b.width(), b.height(), b.radius(), b.level(), b.dashed());
        } else if (node instanceof TextBlock t) {
            List<TextLine> lines = t.lines().stream().map(l -> new TextLine(l.text(), l.x(), l.y() + dy)).toList();
            return new TextBlock(t.role(), t.size(), t.bold(), t.anchor(), lines, t.width(), t.rightToLeft());
        } else if (node instanceof Path p) {
            return new Path(p.role(), p.ops().stream().map(this::op).toList(), p.closed(), p.dashed(), p.level());
        } else if (node instanceof Marker m) {
            return new Marker(m.role(), m.shape(), m.x(), m.y() + dy, m.size(), m.level());
        } else if (node instanceof Icon i) {
            return new Icon(i.role(), i.name(), i.x(), i.y() + dy, i.size());
        }
        throw new IllegalArgumentException("unknown node " + node);
    }

    private PathOp op(PathOp op) {
        if (op instanceof MoveTo m) {
            return new MoveTo(m.x(), m.y() + dy);
        } else if (op instanceof LineTo l) {
            return new LineTo(l.x(), l.y() + dy);
        } else if (op instanceof CurveTo c) {
            return new CurveTo(c.x1(), c.y1() + dy, c.x2(), c.y2() + dy, c.x(), c.y() + dy);
        }
        throw new IllegalArgumentException("unknown path step " + op);
    }
}
