package dev.journeymaps.model.analysis;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.Severity;
import java.time.Duration;

/** Small hand-made journeys whose analysis can be computed by hand. */
final class Journeys {

    private Journeys() {}

    /**
     * A damaged delivery: ad → checkout (90% unboxing, 10% to the abandoned exit cart-abandoned) → unboxing → support, which loops back to
     * itself 20% of the time (a second contact) and otherwise leads to the refund, the last touchpoint.
     */
    static Journey damagedDelivery() {
        return Journey.builder("damaged-delivery", "Online order arrives damaged")
                .persona("emma", "Efficient Emma")
                .stage("awareness", "Awareness", s -> s
                        .touchpoint("insta-ad", "Sees an Instagram ad", t -> t.channel("social").emotion(Emotion.HAPPY)))
                .stage("purchase", "Purchase", s -> s
                        .touchpoint("checkout", "Checks out on the web shop", t -> t
                                .channel("web").emotion(Emotion.NEUTRAL).effort(2)
                                .next("unboxing", 0.9, "")
                                .next("cart-abandoned", 0.1, "gives up at shipping costs"))
                        .touchpoint("cart-abandoned", "Leaves with a full cart", t -> t
                                .channel("web").emotion(Emotion.FRUSTRATED).outcome(Outcome.ABANDONED)))
                .stage("delivery", "Delivery", s -> s
                        .touchpoint("unboxing", "Opens a damaged parcel", t -> t
                                .channel("in-person").emotion(Emotion.ANGRY).momentOfTruth()
                                .painPoint("Lamp shade cracked, no return label in the box", Severity.HIGH)
                                .csat(41).nps(-35).responseTime(Duration.ofHours(26)))
                        .touchpoint("support", "Chats with support", t -> t
                                .channel("chat").emotion(Emotion.FRUSTRATED).effort(3)
                                .next("support", 0.2, "needs a second contact")
                                .next("refund")))
                .stage("resolution", "Resolution", s -> s
                        .touchpoint("refund", "Gets a refund", t -> t.channel("email").emotion(Emotion.HAPPY)))
                .build();
    }
}
