package dev.journeymaps.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TouchpointTest {

    private final Touchpoint order = JourneyBuilder.TouchpointBuilder.of("order", "Order at the counter")
            .channel("in-store")
            .actors("ivana")
            .emotion(Emotion.FRUSTRATED)
            .emotion("ivana", Emotion.ANGRY)
            .thought("Why is the queue so long?")
            .effort(4)
            .momentOfTruth()
            .backstage("Barista")
            .support("Till")
            .painPoint("A long queue", Severity.HIGH)
            .opportunity("Order ahead", "Ops", null, "queue time")
            .csat(40)
            .next("pay")
            .at(SourceLocation.of("cafe.yaml", 7, 5))
            .partAt("actors/0", SourceLocation.of("cafe.yaml", 9, 7))
            .build();

    @Test
    void aCopyWithNothingChangedEqualsTheOriginal() {
        assertThat(order.toBuilder().build()).isEqualTo(order);
    }

    @Test
    void aCopyChangesOnlyWhatItIsToldTo() {
        Touchpoint copy = order.toBuilder()
                .emotion(Optional.empty())
                .emotionByPersona(Map.of())
                .effort(OptionalInt.empty())
                .painPoints(List.of())
                .next(List.of())
                .exit(true)
                .build();

        assertThat(copy.emotion()).isEmpty();
        assertThat(copy.emotionByPersona()).isEmpty();
        assertThat(copy.effort()).isEmpty();
        assertThat(copy.painPoints()).isEmpty();
        assertThat(copy.next()).isEmpty();
        assertThat(copy.exit()).isTrue();
        assertThat(copy.toBuilder().emotion(order.emotion()).emotionByPersona(order.emotionByPersona())
                .effort(order.effort()).painPoints(order.painPoints()).next(order.next()).exit(false).build())
                .isEqualTo(order);
    }

    @Test
    void addingToACopyAddsToWhatWasCopied() {
        Touchpoint copy = order.toBuilder().painPoint("Card reader down", Severity.CRITICAL).build();

        assertThat(copy.painPoints()).extracting(PainPoint::text).containsExactly("A long queue", "Card reader down");
        assertThat(order.painPoints()).hasSize(1);
    }

    @Test
    void aCopyWithoutLocationsForgetsWhereEveryPartWasWritten() {
        Touchpoint copy = order.toBuilder().withoutLocations().build();

        assertThat(copy.location()).isEqualTo(SourceLocation.UNKNOWN);
        assertThat(copy.partLocations()).isEmpty();
        assertThat(copy.locationOf("actors/0")).isEqualTo(SourceLocation.UNKNOWN);
    }
}
