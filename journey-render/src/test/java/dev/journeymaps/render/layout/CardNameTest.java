package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A card's name takes the lines the card has free, and stops above whatever the card draws under it. */
class CardNameTest {

    private static final String LONG = "Holds the freezer door open with one hand while reading the tiny print of"
            + " the price label with the other and wondering whether the offer is still on";

    @Test
    void aLongNameStopsAboveTheExitMarkOfACardWithoutAChannel() {
        Journey journey = Journey.builder("door", "Freezer aisle")
                .stage("s", "Shop", s -> s.touchpoint("t", LONG, t -> t.exit()))
                .build();

        // Without the friction lane a card draws no reach: only the exit mark stands under the name.
        Scene scene = JourneyLayout.layout(journey, RenderOptions.defaults().withLanes(List.of(Lane.TOUCHPOINTS)));

        List<TextBlock> texts = SceneChecks.texts(scene);
        TextBlock name = texts.stream().filter(t -> t.role() == Role.CARD_NAME).findFirst().orElseThrow();
        TextBlock exit = texts.stream().filter(t -> t.role() == Role.EXIT_LABEL).findFirst().orElseThrow();
        double nameBottom = name.lines().get(name.lines().size() - 1).y() + name.size() / 4;
        assertThat(nameBottom).isLessThanOrEqualTo(exit.lines().get(0).y() - exit.size());
        assertThat(name.lines().size()).as("more than the three lines above a reach").isGreaterThan(3);
        SceneChecks.noNameCutWhereItsCardHasRoom(scene);
    }
}
