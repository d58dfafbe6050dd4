package dev.journeymaps.cli;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.analysis.AnalysedJourney;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --persona ID} of {@code analyze} and {@code hotspots}: one persona's route instead of the whole journey
 * (docs/metrics.md, "Persona routes"). The map's {@code --persona} ({@link MapOptions}) is checked by the same rule
 * and drawn from the same route, {@link AnalysedJourney#forPersona}.
 */
final class PersonaOption {

    @Option(
            names = "--persona",
            paramLabel = "ID",
            description = "Only this persona's route: their touchpoints, with their own reach, funnel, friction and"
                    + " hotspots (docs/metrics.md, \"Persona routes\").")
    Optional<String> persona = Optional.empty();

    /**
     * {@code analysed}, or the route of the persona {@code --persona} names with its own analysis; a usage error of
     * {@code spec}'s command when the journey has no such persona.
     */
    AnalysedJourney routeOf(AnalysedJourney analysed, CommandSpec spec) {
        if (persona.isEmpty()) {
            return analysed;
        }
        try {
            return analysed.forPersona(checked(analysed.journey(), persona.get()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * {@code id} when it is a persona of {@code journey}.
     *
     * @throws IllegalArgumentException naming the personas the journey has, when it is not one
     */
    static String checked(Journey journey, String id) {
        if (journey.persona(id).isEmpty()) {
            throw new IllegalArgumentException("--persona '" + id + "' is not a persona of this journey; personas: "
                    + journey.personas().stream().map(Persona::id).collect(Collectors.joining(", ")));
        }
        return id;
    }
}
