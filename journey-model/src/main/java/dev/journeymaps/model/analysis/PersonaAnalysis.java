package dev.journeymaps.model.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One persona's route through the journey, analysed on its own: who they are, what part of the customers they stand
 * for, and their own reach, funnel, friction and hotspots (docs/metrics.md, "Persona routes").
 *
 * <p>Every figure of {@link #analysis()} is about this persona's customers alone: a reach of 1 means every one of
 * them passes the touchpoint. When the journey's touchpoints name their personas, the journey's own reach is the sum
 * of the routes' reach weighed by {@link #share()}.
 *
 * @param personaId the persona
 * @param share the part of all customers routed this way, 0..1, as the analysis weighs it: the shares written
 *     ({@code personas[].share}) scaled to sum to 1, the rest split evenly over personas without one, nothing for a
 *     persona with no touchpoint
 * @param shareStated whether the persona's share was written, rather than assumed
 * @param analysis the analysis of the persona's route ({@link dev.journeymaps.model.PersonaRoutes})
 */
public record PersonaAnalysis(String personaId, double share, boolean shareStated, JourneyAnalysis analysis) {

    public PersonaAnalysis {
        Objects.requireNonNull(personaId, "personaId");
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("a persona's share must be 0..1, was " + share);
        }
        Objects.requireNonNull(analysis, "analysis");
    }

    /** The analysis of {@code touchpointId} on this route; empty when the route does not pass it. */
    public Optional<TouchpointAnalysis> touchpoint(String touchpointId) {
        return analysis.touchpoint(touchpointId);
    }

    /** The route's funnel and friction per stage, in stage order (a stage without this persona's touchpoints too). */
    public List<StageAnalysis> stages() {
        return analysis.stages();
    }

    /** The first {@code count} hotspots of this route, highest impact on this persona's customers first. */
    public List<Hotspot> topHotspots(int count) {
        List<Hotspot> all = analysis.hotspots();
        return all.subList(0, Math.min(all.size(), Math.max(0, count)));
    }
}
