package dev.journeymaps.model.testing;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Outcome;
import dev.journeymaps.model.Severity;
import java.time.Duration;
import java.time.LocalDate;

/** Hand-written journeys for tests in every module. */
public final class ExampleJourneys {

    private ExampleJourneys() {}

    /** The example document of the format (issue 2), built with the Java builder. */
    public static Journey damagedDelivery() {
        return Journey.builder("damaged-delivery", "Online order arrives damaged")
                .description("From the first ad to a refund and a second purchase.")
                .lang("en")
                .persona("emma", "Efficient Emma", p -> p
                        .description("Young, tech-savvy professional who values speed.")
                        .demographic("age", "29")
                        .demographic("location", "Zagreb")
                        .goal("Get a working desk lamp this week")
                        .frustration("Waiting on hold")
                        .need("Large tap targets on mobile"))
                .stage("awareness", "Awareness", s -> s
                        .goal("Find a lamp that fits the home office")
                        .touchpoint("insta-ad", "Sees an Instagram ad", t -> t
                                .channel("social")
                                .actors("emma")
                                .emotion(Emotion.HAPPY)
                                .thought("Nice \u2014 is it in stock?")))
                .stage("purchase", "Purchase", s -> s
                        .touchpoint("checkout", "Checks out on the web shop", t -> t
                                .channel("web")
                                .emotion(Emotion.NEUTRAL)
                                .effort(2)
                                .next("unboxing", 0.9, "")
                                .next("cart-abandoned", 0.1, "gives up at shipping costs"))
                        .touchpoint("cart-abandoned", "Leaves with a full cart", t -> t
                                .channel("web")
                                .emotion(Emotion.FRUSTRATED)
                                .outcome(Outcome.ABANDONED)))
                .stage("delivery", "Delivery", s -> s
                        .touchpoint("unboxing", "Opens a damaged parcel", t -> t
                                .channel("in-person")
                                .emotion("emma", Emotion.ANGRY)
                                .momentOfTruth()
                                .evidence(Evidence.MEASURED)
                                .backstage("Warehouse packs without inspection")
                                .support("Carrier tracking API")
                                .painPoint("Lamp shade cracked, no return label in the box", Severity.HIGH)
                                .opportunity("Put a prepaid return label in every parcel", "logistics",
                                        LocalDate.of(2027, 3, 31), "refund contacts per 1000 orders")
                                .csat(41)
                                .nps(-35)
                                .responseTime(Duration.ofHours(26))
                                .outcome(Outcome.COMPLETED)))
                .build();
    }
}
