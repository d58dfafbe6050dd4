package dev.journeymaps.model.validate;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.graph.JourneyGraph;
import java.util.stream.Stream;

/** One check of a journey as a whole. Each rule reports its own codes and nothing else. */
interface Rule {

    /** The problems this rule finds; empty when there are none. */
    Stream<Problem> check(Journey journey, JourneyGraph graph);
}
