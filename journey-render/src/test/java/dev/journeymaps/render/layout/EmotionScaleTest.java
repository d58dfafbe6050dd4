package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Severity;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Marker;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The emotion lane's scale: named ticks, a score at every point, notes at the extremes, the band's full height. */
class EmotionScaleTest {

    private static final String LONG_PAIN = "The parcel arrives crushed and the box of glasses inside is broken into "
            + "pieces, which nobody at the depot noticed or wrote down";

    private final Journey journey = Journey.builder("scale", "Scale")
            .lang("hr")
            .stage("s", "Stage", s -> s
                    .touchpoint("a", "Orders", t -> t.emotion(Emotion.HAPPY).thought("That was quick"))
                    .touchpoint("b", "Unpacks", t -> t.emotion(Emotion.ANGRY).painPoint(LONG_PAIN, Severity.HIGH)
                            .thought("Not again"))
                    .touchpoint("c", "Gets a refund", t -> t.emotion(Emotion.DELIGHTED).thought("They really care"))
                    .touchpoint("d", "Waits", t -> t.emotion(Emotion.NEUTRAL)))
            .build();
    private final Scene scene = JourneyLayout.layout(journey, RenderOptions.defaults());

    @Test
    void namesTheFiveLevelsInTheMapsWords() {
        assertThat(axisTexts()).containsSubsequence("oduševljeno", "zadovoljno", "neutralno", "frustrirano",
                "ljutito");
    }

    @Test
    void writesTheScoreBesideEveryPoint() {
        assertThat(axisTexts()).contains("\u200e+1", "\u200e\u22122", "\u200e+2", "\u200e0");
        assertThat(EmotionLane.score(0.5)).isEqualTo("\u200e+0.5");
        assertThat(EmotionLane.score(-1)).isEqualTo("\u200e\u22121");
    }

    @Test
    void notesTheLowestPointsPainAndTheHighestPointsThoughtWithTheFullTextInTheTooltip() {
        List<Group> notes = JourneyLayoutTest.groups(scene, Role.EMOTION_NOTE);
        assertThat(notes).extracting(Group::touchpoint).containsExactlyInAnyOrder("b", "c");
        Group low = notes.stream().filter(n -> n.touchpoint().equals("b")).findFirst().orElseThrow();
        String shown = texts(low).get(0);
        assertThat(shown).endsWith("\u2026").hasSizeLessThan(LONG_PAIN.length());
        assertThat(low.tooltip()).contains(LONG_PAIN);
        Group high = notes.stream().filter(n -> n.touchpoint().equals("c")).findFirst().orElseThrow();
        assertThat(texts(high).get(0)).contains("They really care");
    }

    @Test
    void takesTheExtremesOverEveryPersonasCurveAsTheCurvesScoreThem() {
        // A regression: the shared emotion of a step was left out, and both notes went to the one step with own ones.
        Journey two = Journey.builder("two", "Two personas")
                .persona("p", "Petra").persona("i", "Ivan")
                .stage("s", "Stage", s -> s
                        .touchpoint("a", "Waits", t -> t.emotion(Emotion.NEUTRAL))
                        .touchpoint("b", "Gives up", t -> t.emotion(Emotion.ANGRY).thought("Enough"))
                        .touchpoint("c", "Pays", t -> t.emotion("p", Emotion.HAPPY).emotion("i", Emotion.DELIGHTED)))
                .build();

        List<Group> notes = JourneyLayoutTest.groups(JourneyLayout.layout(two, RenderOptions.defaults()),
                Role.EMOTION_NOTE);

        assertThat(notes).extracting(Group::touchpoint).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void spreadsTheScaleOverTheBandsFullHeightWithTheNotesAboveAndBelowIt() {
        Box band = JourneyLayoutTest.flatten(scene.nodes()).stream()
                .filter(n -> n instanceof Box b && b.role() == Role.EMOTION_LANE).map(Box.class::cast)
                .findFirst().orElseThrow();
        List<Marker> points = JourneyLayoutTest.flatten(scene.nodes()).stream()
                .filter(n -> n instanceof Marker m && m.role() == Role.EMOTION_POINT).map(Marker.class::cast)
                .toList();
        double top = points.stream().mapToDouble(Marker::y).min().orElseThrow();
        double bottom = points.stream().mapToDouble(Marker::y).max().orElseThrow();
        assertThat((bottom - top) / band.height()).as("share of the band the scale spans").isGreaterThan(0.65);
        for (Group note : JourneyLayoutTest.groups(scene, Role.EMOTION_NOTE)) {
            for (Node n : note.children()) {
                if (n instanceof TextBlock t) {
                    SceneChecks.assertFits(t, band);
                }
            }
        }
    }

    private List<String> axisTexts() {
        return JourneyLayoutTest.flatten(scene.nodes()).stream()
                .filter(n -> n instanceof TextBlock t && t.role() == Role.AXIS_LABEL)
                .flatMap(n -> ((TextBlock) n).lines().stream().map(TextLine::text)).toList();
    }

    private static List<String> texts(Group group) {
        return group.children().stream().filter(TextBlock.class::isInstance)
                .flatMap(n -> ((TextBlock) n).lines().stream().map(TextLine::text)).toList();
    }
}
