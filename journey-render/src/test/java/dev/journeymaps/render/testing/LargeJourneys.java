package dev.journeymaps.render.testing;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneyBuilder;
import dev.journeymaps.model.Severity;

/**
 * Large journeys built in a loop, for tests of maps at scale: stages of equal size, each touchpoint with a channel,
 * an emotion and a thought, every fifth with a pain point, and a branch that skips ahead in every stage.
 */
public final class LargeJourneys {

    private static final String[] CHANNELS = {"web", "mobile-app", "email", "phone", "chat", "store", "social"};
    private static final Emotion[] EMOTIONS = Emotion.values();

    private LargeJourneys() {}

    /** A journey of {@code stages} stages of {@code perStage} touchpoints each. */
    public static Journey of(int stages, int perStage) {
        return of(stages, perStage, "en");
    }

    /**
     * A journey of {@code stages} stages of {@code perStage} touchpoints each, in language {@code lang} (its map's
     * words, digits and direction; the journey's own texts stay English).
     */
    public static Journey of(int stages, int perStage, String lang) {
        JourneyBuilder b = Journey.builder("large-" + stages * perStage, "A journey of " + stages * perStage
                + " touchpoints").lang(lang).persona("emma", "Efficient Emma", p -> p.goal("Get it done"));
        for (int s = 0; s < stages; s++) {
            int stage = s;
            b.stage("s" + s, "Stage " + s, st -> {
                st.goal("Finish step " + stage + " without calling support");
                for (int k = 0; k < perStage; k++) {
                    int i = stage * perStage + k;
                    st.touchpoint("t" + i, "Customer does step " + i + " of the journey", t -> {
                        t.channel(CHANNELS[i % CHANNELS.length]).emotion(EMOTIONS[(i * 7) % EMOTIONS.length])
                                .thought("Is step " + i + " really needed?");
                        if (i % 5 == 1) {
                            t.painPoint("Waits too long at step " + i, Severity.values()[i % 4]);
                        }
                        if (i % 20 == 3 && i + 3 < stages * perStage) {
                            t.next("t" + (i + 1), 0.8, "").next("t" + (i + 3), 0.2, "skips ahead");
                        }
                    });
                }
            });
        }
        return b.build();
    }
}
