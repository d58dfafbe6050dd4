package dev.journeymaps.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a map comes from, as a title block states it on a printed map or a slide: who owns it, which version and date
 * it is, and the research it rests on ({@code journey.owner}, {@code version}, {@code date}, {@code sources}).
 *
 * @param owner the person or team who owns the map; empty when not said
 * @param version the map's version as written, such as {@code 2.1}; empty when not said
 * @param date the day the map stands for
 * @param sources the research behind the map, in the order written
 */
public record Provenance(String owner, String version, Optional<LocalDate> date, List<ResearchSource> sources) {

    /** Nothing said. */
    public static final Provenance NONE = new Provenance("", "", Optional.empty(), List.of());

    public Provenance {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(date, "date");
        sources = List.copyOf(sources);
    }

    /** Whether nothing is said. */
    public boolean isEmpty() {
        return owner.isBlank() && version.isBlank() && date.isEmpty() && sources.isEmpty();
    }

    /** This provenance with every source's location unknown. */
    public Provenance withoutLocations() {
        return new Provenance(owner, version, date, sources.stream()
                .map(s -> new ResearchSource(s.name(), s.sampleSize(), SourceLocation.UNKNOWN)).toList());
    }

    /**
     * One piece of research the map rests on.
     *
     * @param name what it was, such as {@code Customer interviews, Zagreb}
     * @param sampleSize how many people or records it covered; empty when not said
     * @param location where it was written
     */
    public record ResearchSource(String name, OptionalInt sampleSize, SourceLocation location) {
        public ResearchSource {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sampleSize, "sampleSize");
            Objects.requireNonNull(location, "location");
            if (sampleSize.isPresent() && sampleSize.getAsInt() < 1) {
                throw new IllegalArgumentException("a sample size is 1 or more, was " + sampleSize.getAsInt());
            }
        }
    }
}
