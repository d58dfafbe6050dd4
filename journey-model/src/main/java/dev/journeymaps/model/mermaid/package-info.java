/**
 * Mermaid's {@code journey} diagrams in and out: {@link dev.journeymaps.model.mermaid.MermaidReader} turns one into a
 * journey, {@link dev.journeymaps.model.mermaid.MermaidWriter} writes a journey back as one. Mermaid's grammar is
 * line-based and no Java library parses it, so the lines are read by hand here, following Mermaid's own lexer. No
 * method returns or accepts null.
 */
package dev.journeymaps.model.mermaid;
