package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.render.RenderOptions;
import org.junit.jupiter.api.Test;

/** A loop says what it is and how many repeat the step: "↺ 20% · tries again" beside its hook, not a bare 8 px hook. */
class LoopLabelTest {

    @Test
    void aLoopIsLabelledWithItsShareAndWordsBesideItsHook() {
        Journey journey = Journey.builder("retry", "Paying online")
                .stage("pay", "Pay", s -> s
                        .touchpoint("card", "Enters card details", t -> t.next("card", 0.2, "tries again")
                                .next("done", 0.8, ""))
                        .touchpoint("done", "Sees the confirmation", t -> t.exit()))
                .build();

        Scene scene = JourneyLayout.layout(journey, RenderOptions.defaults());

        assertThat(WrappedMapTest.texts(scene, Role.FLOW_LABEL)).anySatisfy(l -> assertThat(l)
                .startsWith("\u21ba 20%"));
        SceneChecks.assertReadable(scene);
    }
}
