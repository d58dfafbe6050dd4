package dev.journeymaps.render.layout;

import dev.journeymaps.render.layout.Scene.Node;
import java.util.AbstractList;
import java.util.function.Consumer;

/**
 * A list the lanes add their nodes to that keeps none of them: each one is handed on as it is added. The lanes only
 * ever add to the list they are given, so a row laid out into it costs the memory of one node at a time.
 */
final class PassingList extends AbstractList<Node> {

    private final Consumer<Node> action;

    PassingList(Consumer<Node> action) {
        this.action = action;
    }

    @Override
    public void add(int index, Node node) {
        action.accept(node);
    }

    @Override
    public Node get(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    /** Always 0: nothing is kept. */
    @Override
    public int size() {
        return 0;
    }
}
