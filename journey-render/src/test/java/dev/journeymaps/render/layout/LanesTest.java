package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.Path;
import dev.journeymaps.render.layout.Scene.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanesTest {

    private final Journey example = ExampleJourneys.damagedDelivery();

    private static List<String> laneLabels(Scene scene) {
        return JourneyLayoutTest.flatten(scene.nodes()).stream()
                .filter(n -> n instanceof TextBlock t && t.role() == Role.LANE_LABEL && t.size() == 12)
                .map(n -> ((TextBlock) n).lines().get(0).text())
                .toList();
    }

    @Test
    void drawsTheDefaultLanesThatHaveContentInOrder() {
        Scene scene = JourneyLayout.layout(example, RenderOptions.defaults());
        assertThat(laneLabels(scene)).containsExactly("Personas", "Touchpoints", "Emotion", "Thoughts", "Pain points",
                "Opportunities", "Metrics", "Friction", "Backstage", "Support");
    }

    @Test
    void drawsTheFrictionLaneWithHotspotsWhenAskedFor() {
        Scene scene = JourneyLayout.layout(example, RenderOptions.defaults().withLanes(Lane.ALL));
        assertThat(laneLabels(scene)).contains("Friction");
        assertThat(JourneyLayoutTest.flatten(scene.nodes())).anySatisfy(n -> assertThat(n.role()).isEqualTo(Role.HEAT));
    }

    @Test
    void drawsOnlyTheLanesAskedForInTheOrderAskedFor() {
        Scene scene = JourneyLayout.layout(example, RenderOptions.defaults()
                .withLanes(List.of(Lane.PAIN_POINTS, Lane.TOUCHPOINTS, Lane.CHANNELS)));
        assertThat(laneLabels(scene)).containsExactly("Pain points", "Touchpoints", "Channels");
    }

    @Test
    void drawsTheLineOfVisibilityAboveTheBlueprintLanes() {
        Scene scene = JourneyLayout.layout(example, RenderOptions.defaults());
        List<Node> all = JourneyLayoutTest.flatten(scene.nodes());
        Path line = all.stream().filter(n -> n.role() == Role.VISIBILITY_LINE).map(Path.class::cast).findFirst()
                .orElseThrow();
        double lineY = ((Scene.MoveTo) line.ops().get(0)).y();
        List<Box> lanes = all.stream().filter(n -> n instanceof Box b && b.role() == Role.LANE)
                .map(Box.class::cast).toList();
        assertThat(lanes.get(lanes.size() - 1).y()).isGreaterThan(lineY);
        assertThat(lanes.get(lanes.size() - 2).y()).isGreaterThan(lineY);
    }

    @Test
    void drawsOneCurvePerPersonaWhenSeveralHaveTheirOwnEmotions() {
        Journey journey = Journey.builder("two", "Two personas")
                .persona("a", "Ana")
                .persona("b", "Bo")
                .stage("s", "Stage", s -> s
                        .touchpoint("t1", "One", t -> t.emotion("a", Emotion.HAPPY).emotion("b", Emotion.ANGRY))
                        .touchpoint("t2", "Two", t -> t.emotion("a", Emotion.NEUTRAL).emotion("b", Emotion.HAPPY)))
                .build();
        // Curves are top-level paths; the legend's samples sit inside legend groups.
        List<Node> top = JourneyLayout.layout(journey, RenderOptions.defaults()).nodes();
        assertThat(top.stream().filter(n -> n instanceof Path p && p.role() == Role.EMOTION_CURVE)).hasSize(2);
        assertThat(JourneyLayoutTest.groups(JourneyLayout.layout(journey, RenderOptions.defaults()),
                Role.EMOTION_LEGEND)).extracting(Scene.Group::tooltip).containsExactly("Ana", "Bo");
    }

    @Test
    void drawsThePersonasOwnJourneyWhenAskedFor() {
        Journey journey = Journey.builder("two", "Two personas")
                .persona("a", "Ana")
                .persona("b", "Bo")
                .stage("s", "Stage", s -> s
                        .touchpoint("t1", "Both", t -> t.emotion(Emotion.HAPPY))
                        .touchpoint("t2", "Only Bo", t -> t.actors("b"))
                        .touchpoint("t3", "Only Ana", t -> t.actors("a")))
                .build();
        Scene scene = JourneyLayout.layout(journey, RenderOptions.defaults().withPersona("a"));
        assertThat(JourneyLayoutTest.groups(scene, Role.TOUCHPOINT)).extracting(g -> g.tooltip().lines().findFirst()
                .orElseThrow()).containsExactly("Both", "Only Ana");
        assertThatThrownBy(() -> JourneyLayout.layout(journey, RenderOptions.defaults().withPersona("zed")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zed");
    }

    @Test
    void dashesTheOutlineOfAnAssumedTouchpoint() {
        Journey journey = Journey.builder("j", "J")
                .stage("s", "S", s -> s
                        .touchpoint("t1", "Assumed", t -> t.evidence(dev.journeymaps.model.Evidence.ASSUMED))
                        .touchpoint("t2", "Measured", t -> t.evidence(dev.journeymaps.model.Evidence.MEASURED)))
                .build();
        assertThat(JourneyLayoutTest.cards(JourneyLayout.layout(journey, RenderOptions.defaults())))
                .extracting(Box::dashed).containsExactly(true, false);
    }
}
