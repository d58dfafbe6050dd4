package dev.journeymaps.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.analysis.AnalysisOptions;
import dev.journeymaps.model.analysis.Analyzer;
import dev.journeymaps.model.analysis.JourneyAnalysis;
import org.junit.jupiter.api.Test;

class JourneyDifferTest {

    private static final Journey TODAY = Journey.builder("today", "Grocery run today")
            .stage("shop", "Shop", s -> s
                    .touchpoint("produce", "Picks vegetables", t -> t.emotion(Emotion.HAPPY))
                    .touchpoint("freezer", "Holds the freezer door open", t -> t.emotion(Emotion.ANGRY).effort(5)
                            .painPoint("Heavy doors", Severity.HIGH))
                    .touchpoint("till", "Queues at the till", t -> t.emotion(Emotion.ANGRY).effort(4)
                            .painPoint("Twelve minutes in the queue", Severity.HIGH)))
            .build();

    private static final Journey REDESIGN = Journey.builder("redesign", "Grocery run redesigned")
            .stage("shop", "Shop", s -> s
                    .touchpoint("produce", "Picks vegetables", t -> t.emotion(Emotion.HAPPY))
                    .touchpoint("self-checkout", "queues at the till ", t -> t.emotion(Emotion.ANGRY).effort(4)
                            .painPoint("Twelve minutes in the queue", Severity.HIGH))
                    .touchpoint("open-freezers", "Picks from open freezers", t -> t.emotion(Emotion.HAPPY)))
            .build();

    private static JourneyDiff diff() {
        JourneyAnalysis before = Analyzer.analyze(TODAY, AnalysisOptions.DEFAULTS);
        JourneyAnalysis after = Analyzer.analyze(REDESIGN, AnalysisOptions.DEFAULTS);
        return JourneyDiffer.compare(TODAY, before, REDESIGN, after);
    }

    @Test
    void matchesByIdThenByNameAndFindsAddedAndRemoved() {
        JourneyDiff diff = diff();

        assertThat(diff.touchpoints()).extracting(c -> c.kind().label() + " " + c.matchedBy().label() + " "
                        + c.name())
                .containsExactly(
                        "unchanged id Picks vegetables",
                        "removed none Holds the freezer door open",
                        "changed name queues at the till ",
                        "added none Picks from open freezers");
        assertThat(diff.of(TouchpointChange.Kind.CHANGED).get(0).changes())
                .containsExactly("id till → self-checkout", "name Queues at the till → queues at the till ");
    }

    @Test
    void saysWhichHotspotsDisappearAppearAndRemain() {
        JourneyDiff diff = diff();

        assertThat(diff.hotspotsGone()).extracting(TouchpointChange::name)
                .containsExactly("Holds the freezer door open");
        assertThat(diff.hotspotsRemaining()).extracting(TouchpointChange::name)
                .containsExactly("queues at the till ");
        assertThat(diff.hotspotsNew()).isEmpty();
    }

    @Test
    void reportsTheChangeInExperienceScore() {
        JourneyDiff diff = diff();

        assertThat(diff.experienceAfter()).isGreaterThan(diff.experienceBefore());
        assertThat(diff.experienceChange()).isEqualTo(diff.experienceAfter() - diff.experienceBefore());
    }

    @Test
    void aJourneyComparedWithItselfHasNoChanges() {
        JourneyAnalysis a = Analyzer.analyze(TODAY, AnalysisOptions.DEFAULTS);
        JourneyDiff same = JourneyDiffer.compare(TODAY, a, TODAY, a);

        assertThat(same.touchpoints()).allMatch(c -> c.kind() == TouchpointChange.Kind.UNCHANGED);
        assertThat(same.hotspotsGone()).isEmpty();
        assertThat(same.hotspotsNew()).isEmpty();
        assertThat(same.experienceChange()).isZero();
    }
}
