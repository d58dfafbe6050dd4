package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.model.validate.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Properties of reading and writing over hundreds of generated journeys. */
class RoundTripPropertyTest {

    private static final int CASES = 300;
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** Half a surrogate pair: text no file can hold, which the writer replaces with U+FFFD. */
    private static final Pattern LONE_SURROGATE =
            Pattern.compile("[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    @Test
    void yamlWrittenByTheLibraryReadsBackToAnEqualJourney() {
        Seeds.forEach(1_000, CASES, seed -> roundTrip(RandomJourneys.generate(seed), "round-trip.yaml"));
    }

    @Test
    void jsonWrittenByTheLibraryReadsBackToAnEqualJourney() {
        Seeds.forEach(2_000, CASES, seed -> roundTrip(RandomJourneys.generate(seed), "round-trip.json"));
    }

    /** Text that YAML would read as something else unless quoted, or that starts a YAML construct. */
    private static final List<String> TRICKY = List.of("true", "False", "null", "~", "yes", "No", "on", "0.5", "007",
            "1e3", "0x1F", ".inf", "-", "- item", "#hash", "a #b", "key: value", "@at", "`tick", "%pct", "*star",
            "&anchor", "!tag", "[x]", "{y}", "|", ">", "'", "\"", " leading", "trailing ", "2027-03-31", "12:30",
            "?", "", "line\nbreak", "tab\tin");

    @Test
    void textThatYamlWouldReadAsSomethingElseReadsBackAsTheSameText() {
        for (String text : TRICKY) {
            String name = text.isBlank() ? "x" + text : text;
            Journey journey = Journey.builder("j", name)
                    .description(text)
                    .persona("p", name, p -> p.demographic("age", text).goal(name))
                    .stage("s", name, s -> s.touchpoint("t", name, t -> t.channel(text).thought(text)))
                    .build();
            roundTrip(journey, "tricky.yaml");
        }
    }

    @Test
    void yamlIsWrittenForPeopleWithQuotesOnlyWhereNeeded() {
        Journey journey = Journey.builder("boots", "The boots that never arrived")
                .persona("marko", "Busy parent Marko", p -> p.demographic("age", "41"))
                .stage("wait", "Waiting", s -> s.touchpoint("track", "Checks the tracking page", t -> t.channel("web")))
                .build();
        String yaml = JourneyWriter.toYaml(journey);
        assertThat(yaml).contains("  title: The boots that never arrived\n", "  - id: marko\n", "    age: \"41\"\n",
                "channel: web\n");
    }

    private static void roundTrip(Journey journey, String name) {
        boolean json = name.endsWith(".json");
        String written = json ? JourneyWriter.toJson(journey) : JourneyWriter.toYaml(journey);
        ReadResult back = JourneyReader.read(written, name);
        assertThat(back.problems()).isEmpty();
        Journey read = back.journey().orElseThrow();
        // Writing what was read gives the same text: the writer's output is a fixed point.
        assertThat(json ? JourneyWriter.toJson(read) : JourneyWriter.toYaml(read)).isEqualTo(written);
        if (!LONE_SURROGATE.matcher(journey.toString()).find()) {
            assertThat(read.withoutLocations()).isEqualTo(journey.withoutLocations());
        }
    }

    @Test
    void generatedJourneysAreValid() {
        // Generated exits say no outcome, so negative ones are read as abandoned, with a warning; generated
        // touchpoints name one persona at random, so a default step can join two personas' paths, with a warning,
        // and a persona's own route can start at two places, with an even split. These warnings are the point:
        // nothing else may be found.
        List<String> expected = List.of("flow.outcome-assumed", "flow.crosses-personas", "flow.even-split");
        Seeds.forEach(3_000, CASES, seed -> assertThat(Validator.validate(RandomJourneys.generate(seed)))
                .filteredOn(p -> !expected.contains(p.code()))
                .isEmpty());
    }

    @Test
    void validationDoesNotDependOnTheOrderOfMapKeys() {
        Seeds.forEach(4_000, CASES, seed -> {
            Journey journey = RandomJourneys.generate(seed);
            String yaml = JourneyWriter.toYaml(journey);
            JsonNode tree = YAML.readTree(new PairSafeReader(yaml));
            shuffleKeys(tree, new SplittableRandom(seed));
            ReadResult original = JourneyLoader.load(yaml, "a.yaml");
            ReadResult shuffled = JourneyLoader.load(YAML.writeValueAsString(tree), "a.yaml");
            assertThat(codes(shuffled.problems())).isEqualTo(codes(original.problems()));
            assertThat(shuffled.journey().orElseThrow().withoutLocations())
                    .isEqualTo(original.journey().orElseThrow().withoutLocations());
        });
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.code() + " " + p.message()).sorted().toList();
    }

    /** Reorders the keys of every map, leaving lists (whose order means something) alone. */
    private static void shuffleKeys(JsonNode node, SplittableRandom random) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
            Collections.shuffle(entries, new java.util.Random(random.nextLong()));
            object.removeAll();
            entries.forEach(e -> object.set(e.getKey(), e.getValue()));
        }
        node.values().forEach(child -> shuffleKeys(child, random));
    }
}
