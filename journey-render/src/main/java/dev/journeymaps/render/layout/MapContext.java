package dev.journeymaps.render.layout;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import dev.journeymaps.model.graph.JourneyGraph;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.Typography;
import dev.journeymaps.render.words.Words;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every row of one map shares: the journey and its graph, the lanes asked for, the type sizes, the map's words,
 * the analysis (once for the whole journey, so ranks and reach do not depend on the row) and each touchpoint's
 * position in the whole map.
 *
 * @param touchpoints the journey's touchpoints in map order, listed once ({@link Journey#touchpoints()} lists them
 *     anew on every call)
 * @param positions each touchpoint id's first position in map order
 * @param flows the graph's flows by the positions of their ends
 * @param extremes the whole journey's lowest and highest emotion, noted on the row that holds each
 * @param metrics the sizes of the map's columns and lanes, picked from its page
 */
record MapContext(Journey journey, JourneyGraph graph, List<Lane> lanes, Typography typography, Words words,
        LaneContent content, Optional<JourneyAnalysis> analysis, List<Touchpoint> touchpoints,
        Map<String, Integer> positions, FlowsByPosition flows, EmotionLane.Extremes extremes,
        MapMetrics metrics) {

    MapContext {
        lanes = List.copyOf(lanes);
        touchpoints = List.copyOf(touchpoints);
        positions = Map.copyOf(positions);
    }
}
