package dev.journeymaps.render.layout;

import dev.journeymaps.render.layout.Scene.Node;
import java.util.List;
import java.util.function.Consumer;

/**
 * A laid-out map that a writer draws node by node, back to front. A {@link Scene} holds its nodes; the map of
 * {@link JourneyLayout#drawing} lays each row out again whenever it is drawn and forgets it once drawn, so that a map
 * of 100,000 touchpoints is written in the memory of one row (plus what the whole map needs: the rows' places and
 * the key).
 */
public interface Drawing {

    /** The canvas width, in user units. */
    double width();

    /** The canvas height, in user units. */
    double height();

    /** The map's title, in full. */
    String title();

    /** The map's summary, in full. */
    String description();

    /** The BCP 47 language tag of the text. */
    String lang();

    /**
     * Hands every node to {@code action}, back to front, the same nodes in the same order each time it is called.
     * A node is not kept after {@code action} returns, unless {@code action} keeps it.
     */
    void draw(Consumer<Node> action);

    /**
     * Hands every node as {@link #draw} does, in parts: each part's nodes in drawing order and the parts in order,
     * together the nodes {@code draw} hands. A writer may write the parts of a drawing side by side; a part is what
     * the drawing holds or makes at once (a row of a map). By default each node is a part of its own.
     */
    default void drawInParts(Consumer<List<Node>> parts) {
        draw(node -> parts.accept(List.of(node)));
    }
}
