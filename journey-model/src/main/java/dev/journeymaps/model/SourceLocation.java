package dev.journeymaps.model;

import java.util.Objects;

/**
 * Where an element of a journey was written: file, 1-based line and column.
 *
 * <p>Elements built in Java carry {@link #UNKNOWN} unless the builder was given a location. Locations take no part in
 * what a journey means, but they are part of record equality, so compare journeys from different sources with
 * {@link Journey#withoutLocations()}.
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    /** The location of an element that was not read from a file. */
    public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
        }
    }

    /** A location in {@code file} at the given 1-based line and column. */
    public static SourceLocation of(String file, int line, int column) {
        return new SourceLocation(file, line, column);
    }

    /** Whether this location points into a file. */
    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public int compareTo(SourceLocation other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    /** {@code file:line:col}, the form editors and terminals turn into links. */
    @Override
    public String toString() {
        String name = file.isEmpty() ? "<journey>" : file;
        return isKnown() ? name + ":" + line + ":" + column : name;
    }
}
