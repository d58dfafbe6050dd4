package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.Objects;

/**
 * A journey with its analysis: what every output (map, report, analysis, comparison) draws its figures from, so that
 * they all show the same ones.
 *
 * <pre>{@code
 * AnalysedJourney analysed = AnalysedJourney.of(journey);          // no survey answers
 * String svg = new SvgRenderer().render(analysed, RenderOptions.defaults());
 * }</pre>
 *
 * <p>Read a journey file with its includes and surveys in one call with
 * {@link dev.journeymaps.model.io.JourneyLoader#analyse(java.nio.file.Path)}; {@link #of(Journey)} is for a journey
 * built in code, without survey answers, and goes through the same analysis.
 *
 * @param journey the journey
 * @param analysis its analysis, with the options the journey's own settings ask for
 */
public record AnalysedJourney(Journey journey, JourneyAnalysis analysis) {

    public AnalysedJourney {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(analysis, "analysis");
        if (!analysis.journeyId().equals(journey.id())) {
            throw new IllegalArgumentException("the analysis of '" + analysis.journeyId()
                    + "' is not the analysis of '" + journey.id() + "'");
        }
    }

    /**
     * The journey as {@code personaId} lives it ({@link Journey#forPersona}) with the analysis of that route: the
     * persona's own reach, funnel, friction and hotspots. Without a route in the analysis (the routes were too large
     * to solve) the route is drawn with the whole journey's figures.
     *
     * @throws IllegalArgumentException when the journey has no such persona
     */
    public AnalysedJourney forPersona(String personaId) {
        Journey route = journey.forPersona(personaId);
        return new AnalysedJourney(route, analysis.persona(personaId).map(PersonaAnalysis::analysis).orElse(analysis));
    }

    /** {@code journey} analysed alone: the options its settings ask for, no survey answers. */
    public static AnalysedJourney of(Journey journey) {
        return of(journey, SurveyResult.NONE);
    }

    /**
     * {@code journey} analysed with the options its settings ask for ({@code journey.analysis},
     * {@code journey.targets}) and what customers said in {@code surveys}: the one analysis every output shows.
     */
    public static AnalysedJourney of(Journey journey, SurveyResult surveys) {
        return of(JourneyGraph.of(journey), surveys);
    }

    /**
     * The journey of {@code graph} analysed as {@link #of(Journey, SurveyResult)} does, with that graph: for a caller
     * that validated the journey with it ({@link dev.journeymaps.model.validate.Validator#validate(JourneyGraph)}).
     */
    public static AnalysedJourney of(JourneyGraph graph, SurveyResult surveys) {
        Journey journey = graph.journey();
        return new AnalysedJourney(journey, Analyzer.analyze(graph, AnalysisOptions.of(journey), surveys));
    }
}
