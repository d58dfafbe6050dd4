package dev.journeymaps.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.JourneyBuilder;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.analysis.AnalysedJourney;
import dev.journeymaps.render.RenderOptions;
import java.io.OutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The SVG map does not grow per touchpoint unnoticed: a size budget, not a timing. A large map is mostly cards,
 * cells and their tooltips, so bytes per touchpoint is what a change to the writer moves. Raise the budget only for
 * something new drawn on every card, and say so in the commit.
 */
class OutputSizeTest {

    private static final int TOUCHPOINTS = 2_000;
    /**
     * Bytes per touchpoint allowed: measured 2,610 on 2026-12-02 with an actor's initials chip on every card (its
     * own tooltip, about 230 bytes; 2,376 before the chips, 3,041 before the shared style sheet).
     */
    private static final int BUDGET = 2_700;

    private static final Emotion[] EMOTIONS = Emotion.values();
    private static final String[] CHANNELS = {"web", "mobile-app", "email", "phone", "chat", "store"};

    /** Stages of ten touchpoints like a CX team's: channels, actors, emotions, thoughts, some pains, branches. */
    private static Journey journey() {
        JourneyBuilder b = Journey.builder("size", "A journey of " + TOUCHPOINTS + " touchpoints")
                .persona("emma", "Efficient Emma")
                .persona("vesna", "Careful Vesna");
        for (int s = 0; s * 10 < TOUCHPOINTS; s++) {
            int stage = s;
            b.stage("stage-" + s, "Stage " + s + " of the journey", st -> {
                st.goal("Get step " + stage + " done");
                for (int i = stage * 10; i < stage * 10 + 10; i++) {
                    int n = i;
                    st.touchpoint("t" + n, n + ". Customer compares delivery options on the checkout page", t -> {
                        t.channel(CHANNELS[n % CHANNELS.length])
                                .actors(n % 2 == 0 ? "emma" : "vesna")
                                .emotion(EMOTIONS[(n * 7) % EMOTIONS.length])
                                .thought("Is step " + n + " really needed?");
                        if (n % 4 == 1) {
                            t.painPoint("Waits too long at step " + n, n % 3 == 0 ? Severity.HIGH : Severity.MEDIUM)
                                    .opportunity("Shorten step " + n, "team-" + n % 9,
                                            LocalDate.of(2027, 1 + n % 9, 15), "csat");
                        }
                        if (n % 10 == 3 && n + 3 < TOUCHPOINTS) {
                            t.next("t" + (n + 1), 0.7, "").next("t" + (n + 3), 0.2, "skips ahead");
                        }
                    });
                }
            });
        }
        return b.build();
    }

    @Test
    void aLargeMapStaysWithinItsBytesPerTouchpoint() {
        CountingStream out = new CountingStream();
        new SvgRenderer().render(AnalysedJourney.of(journey()), RenderOptions.defaults(), out);

        long perTouchpoint = out.bytes / TOUCHPOINTS;
        assertThat(perTouchpoint).as("SVG bytes per touchpoint (%d bytes in all)", out.bytes)
                .isLessThanOrEqualTo(BUDGET);
    }

    /** Counts what is written and keeps none of it. */
    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
