package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Emotion;
import dev.journeymaps.model.Evidence;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Persona;
import dev.journeymaps.model.Severity;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.Touchpoint;
import dev.journeymaps.model.Transition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class JourneyReaderTest {

    static String resource(String name) {
        try (InputStream in = JourneyReaderTest.class.getResourceAsStream("/journeys/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Journey example() {
        ReadResult r = JourneyReader.read(resource("valid/issue-example.yaml"), "issue-example.yaml");
        assertThat(r.problems()).isEmpty();
        return r.journey().orElseThrow();
    }

    @Test
    void readsTheJourneyBlock() {
        Journey j = example();
        assertThat(j.id()).isEqualTo("damaged-delivery");
        assertThat(j.title()).isEqualTo("Online order arrives damaged");
        assertThat(j.description()).isEqualTo("From the first ad to a refund and a second purchase.");
        assertThat(j.lang()).isEqualTo("en");
        assertThat(j.location()).isEqualTo(SourceLocation.of("issue-example.yaml", 2, 3));
    }

    @Test
    void readsEveryPersonaKey() {
        Persona emma = example().persona("emma").orElseThrow();
        assertThat(emma.name()).isEqualTo("Efficient Emma");
        assertThat(emma.description()).startsWith("Young, tech-savvy");
        assertThat(emma.demographics()).containsExactly(Map.entry("age", "29"), Map.entry("location", "Zagreb"));
        assertThat(emma.goals()).containsExactly("Get a working desk lamp this week");
        assertThat(emma.frustrations()).containsExactly("Waiting on hold");
        assertThat(emma.needs()).containsExactly("Large tap targets on mobile");
        assertThat(emma.location().line()).isEqualTo(7);
    }

    @Test
    void readsStagesInOrderWithGoals() {
        Journey j = example();
        assertThat(j.stages()).extracting(s -> s.id()).containsExactly("awareness", "purchase", "delivery");
        assertThat(j.stages().get(0).goal()).isEqualTo("Find a lamp that fits the home office");
        assertThat(j.stages().get(1).goal()).isEmpty();
    }

    @Test
    void readsTouchpointBasics() {
        Touchpoint ad = example().touchpoint("insta-ad").orElseThrow();
        assertThat(ad.name()).isEqualTo("Sees an Instagram ad");
        assertThat(ad.channel()).isEqualTo("social");
        assertThat(ad.actors()).containsExactly("emma");
        assertThat(ad.emotion()).contains(Emotion.HAPPY);
        assertThat(ad.thought()).isEqualTo("Nice — is it in stock?");
        assertThat(ad.locationOf("actors/0")).isEqualTo(SourceLocation.of("issue-example.yaml", 22, 18));
    }

    @Test
    void readsNextStepsWithSharesAndLabels() {
        Touchpoint checkout = example().touchpoint("checkout").orElseThrow();
        assertThat(checkout.effort()).hasValue(2);
        assertThat(checkout.emotion()).contains(Emotion.NEUTRAL);
        assertThat(checkout.next()).extracting(Transition::to).containsExactly("unboxing", "cart-abandoned");
        assertThat(checkout.next().get(0).share()).isEqualTo(OptionalDouble.of(0.9));
        assertThat(checkout.next().get(1).label()).isEqualTo("gives up at shipping costs");
        assertThat(example().touchpoint("cart-abandoned").orElseThrow().exit()).isTrue();
    }

    @Test
    void readsEverythingAMomentOfTruthCarries() {
        Touchpoint t = example().touchpoint("unboxing").orElseThrow();
        assertThat(t.emotion()).isEmpty();
        assertThat(t.emotionByPersona()).containsExactly(Map.entry("emma", Emotion.ANGRY));
        assertThat(t.emotionOf("emma")).contains(Emotion.ANGRY);
        assertThat(t.momentOfTruth()).isTrue();
        assertThat(t.evidence()).contains(Evidence.MEASURED);
        assertThat(t.backstage()).containsExactly("Warehouse packs without inspection");
        assertThat(t.support()).containsExactly("Carrier tracking API");
        assertThat(t.painPoints()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Lamp shade cracked, no return label in the box");
            assertThat(p.severity()).isEqualTo(Severity.HIGH);
        });
        assertThat(t.opportunities()).singleElement().satisfies(o -> {
            assertThat(o.text()).isEqualTo("Put a prepaid return label in every parcel");
            assertThat(o.owner()).isEqualTo("logistics");
            assertThat(o.due()).contains(LocalDate.of(2027, 3, 31));
            assertThat(o.kpi()).isEqualTo("refund contacts per 1000 orders");
        });
        assertThat(t.metrics().csat()).isEqualTo(OptionalDouble.of(41));
        assertThat(t.metrics().nps()).isEqualTo(OptionalDouble.of(-35));
        assertThat(t.metrics().responseTime()).contains(Duration.ofHours(26));
    }

    @Test
    void readsEmotionNamesAndNumbersAlike() {
        for (Emotion e : Emotion.values()) {
            for (String written : List.of(e.label(), String.valueOf(e.score()), e.label().toUpperCase())) {
                Journey j = JourneyReader.read(one("emotion: " + written), "e.yaml").journey().orElseThrow();
                assertThat(j.touchpoints().get(0).emotion()).as(written).contains(e);
            }
        }
    }

    @Test
    void readsShortAndIsoDurations() {
        Map<String, Duration> cases = Map.of(
                "45m", Duration.ofMinutes(45),
                "4h", Duration.ofHours(4),
                "2d", Duration.ofDays(2),
                "PT4H", Duration.ofHours(4),
                "PT1H30M", Duration.ofMinutes(90));
        cases.forEach((written, expected) -> {
            ReadResult r = JourneyReader.read(one("metrics: {response-time: " + written + "}"), "d.yaml");
            assertThat(r.problems()).as(written).isEmpty();
            assertThat(r.journey().orElseThrow().touchpoints().get(0).metrics().responseTime())
                    .as(written)
                    .contains(expected);
        });
    }

    @Test
    void keepsYesNoOnOffAsTheWordsTheAuthorWrote() {
        for (String word : List.of("No", "Yes", "On", "Off", "y", "n")) {
            Journey j = JourneyReader.read(one("thought: " + word + "\n        channel: " + word), "w.yaml")
                    .journey()
                    .orElseThrow();
            assertThat(j.touchpoints().get(0).thought()).isEqualTo(word);
            assertThat(j.touchpoints().get(0).channel()).isEqualTo(word);
        }
    }

    @Test
    void readsPlainTextPainPointsAndOpportunities() {
        Touchpoint t = JourneyReader.read(one("pain-points: [Slow page]\n        opportunities: [Cache it]"), "p.yaml")
                .journey()
                .orElseThrow()
                .touchpoints()
                .get(0);
        assertThat(t.painPoints()).singleElement().satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.MEDIUM));
        assertThat(t.opportunities()).singleElement().satisfies(o -> assertThat(o.text()).isEqualTo("Cache it"));
    }

    @Test
    void emptyNextMeansExit() {
        Touchpoint t = JourneyReader.read(one("next: []"), "n.yaml").journey().orElseThrow().touchpoints().get(0);
        assertThat(t.exit()).isTrue();
    }

    @Test
    void readsTheSameDocumentFromJson() {
        Journey fromYaml = example();
        Journey fromJson = JourneyReader.read(JourneyWriter.toJson(fromYaml), "example.json")
                .journey()
                .orElseThrow();
        assertThat(fromJson.withoutLocations()).isEqualTo(fromYaml.withoutLocations());
    }

    @Test
    void writtenYamlReadsBackEqual() {
        Journey j = example();
        ReadResult again = JourneyReader.read(JourneyWriter.toYaml(j), "again.yaml");
        assertThat(again.problems()).isEmpty();
        assertThat(again.journey().orElseThrow().withoutLocations()).isEqualTo(j.withoutLocations());
    }

    @Test
    void ignoresAByteOrderMark() {
        ReadResult r = JourneyReader.read("\uFEFF" + one("channel: web"), "bom.yaml");
        assertThat(r.problems()).isEmpty();
    }

    /** A minimal journey whose one touchpoint carries {@code extra} (indented for the touchpoint map). */
    static String one(String extra) {
        return """
                journey: {id: j, title: T}
                stages:
                  - id: s
                    name: S
                    touchpoints:
                      - id: t
                        name: N
                        %s
                """.formatted(extra);
    }
}
