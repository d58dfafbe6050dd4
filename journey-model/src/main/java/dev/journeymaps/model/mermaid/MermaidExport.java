package dev.journeymaps.model.mermaid;

import java.util.List;
import java.util.Objects;

/**
 * A journey written as a Mermaid journey diagram.
 *
 * @param diagram the diagram's text, ending with a newline
 * @param notCarried what the journey holds that Mermaid has no place for, one line each ("3 pain points"), so users
 *     know what the diagram leaves out
 * @param lostPersonas the ids of personas no task names as an actor: Mermaid knows personas only as actors, so an
 *     import of the diagram would not have them. A tool should not write a diagram that loses a persona.
 */
public record MermaidExport(String diagram, List<String> notCarried, List<String> lostPersonas) {

    public MermaidExport {
        Objects.requireNonNull(diagram, "diagram");
        notCarried = List.copyOf(notCarried);
        lostPersonas = List.copyOf(lostPersonas);
    }

    /** An export that loses no persona. */
    public MermaidExport(String diagram, List<String> notCarried) {
        this(diagram, notCarried, List.of());
    }
}
