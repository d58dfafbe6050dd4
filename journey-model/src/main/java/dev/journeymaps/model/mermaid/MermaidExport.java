package dev.journeymaps.model.mermaid;

import java.util.List;
import java.util.Objects;

/**
 * A journey written as a Mermaid journey diagram.
 *
 * @param diagram the diagram's text, ending with a newline
 * @param notCarried what the journey holds that Mermaid has no place for, one line each ("3 pain points"), so users
 *     know what the diagram leaves out
 */
public record MermaidExport(String diagram, List<String> notCarried) {

    public MermaidExport {
        Objects.requireNonNull(diagram, "diagram");
        notCarried = List.copyOf(notCarried);
    }
}
