package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code journey schema} agrees with the loader on shape: what the loader accepts, the schema accepts; what the loader
 * rejects for its shape (a wrong type, an unknown key, a missing key), the schema rejects too. Checked with networknt's
 * json-schema-validator, a maintained implementation of draft 2020-12.
 */
class JourneySchemaTest {

    /** The loader's problem codes that are about shape, which a JSON Schema can and must see. */
    private static final Set<String> SHAPE_CODES =
            Set.of("format.wrong-type", "format.unknown-key", "format.missing-key");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(JourneySchema.json(), InputFormat.JSON);

    @Test
    void isAValidDraft2020Schema() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(meta.validate(JourneySchema.json(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void describesEveryProperty() {
        JsonNode schema = JsonMapper.shared().readTree(JourneySchema.json());
        List<String> undescribed = new ArrayList<>();
        schema.findParents("properties").forEach(owner -> owner.get("properties").properties().forEach(p -> {
            if (!p.getValue().has("description")) {
                undescribed.add(p.getKey());
            }
        }));

        assertThat(undescribed).isEmpty();
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void isTheSameBytesEveryTime() {
        assertThat(JourneySchema.json()).isEqualTo(JourneySchema.json()).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void acceptsTheIssueExample() throws IOException {
        String yaml = Files.readString(Path.of("src/test/resources/journeys/valid/issue-example.yaml"));

        assertThat(schemaErrors(yaml).map(JourneySchemaTest::messages)).contains(List.of());
    }

    @Test
    void acceptsSharedPersonasAndRefusesAnIncludeOfTheWrongShape() {
        String stages = "stages:\n  - {id: buy, name: Buy, touchpoints: [{id: pay, name: Pays}]}\n";
        String head = "journey: {id: j, title: J}\n";

        assertThat(schemaErrors(head + "personas: {include: ../personas.yaml}\n" + stages)
                .map(JourneySchemaTest::messages)).contains(List.of());
        assertThat(schemaErrors(head + "personas: {include: [a.yaml, b.yaml]}\n" + stages)
                .map(JourneySchemaTest::messages)).contains(List.of());
        assertThat(schemaErrors(head + "personas: {includes: a.yaml}\n" + stages)
                .map(JourneySchemaTest::messages)).hasValueSatisfying(errors -> assertThat(errors).isNotEmpty());
        assertThat(JourneyReader.read(head + "personas: {includes: a.yaml}\n" + stages, "j.yaml").problems())
                .extracting(Problem::code).contains("format.unknown-key");
    }

    @Test
    void personaFilesHaveASchemaOfTheirOwn() {
        Schema personas = REGISTRY.getSchema(JourneySchema.personasJson(), InputFormat.JSON);
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(JourneySchema.personasJson(), InputFormat.JSON)).isEmpty();
        assertThat(JourneySchema.personasJson()).isEqualTo(JourneySchema.personasJson()).endsWith("}\n");

        String library = "personas:\n  - id: ana\n    name: Busy parent Ana\n    goals: [Be out in 30 minutes]\n";
        assertThat(messages(personas.validate(YAML.readTree(library)))).isEmpty();
        assertThat(messages(personas.validate(YAML.readTree("personas: {include: [staff.yaml]}\n")))).isEmpty();
        // A journey is not a persona file, and a persona's keys are checked as in a journey.
        assertThat(personas.validate(YAML.readTree("journey: {id: j, title: J}\n" + library))).isNotEmpty();
        assertThat(personas.validate(YAML.readTree(library + "    hobbies: [chess]\n"))).isNotEmpty();
        assertThat(personas.validate(YAML.readTree("{}"))).as("personas is required").isNotEmpty();
    }

    @Test
    void acceptsEveryGeneratedValidJourneyInYamlAndJson() {
        Seeds.forEach(7_000, 200, seed -> {
            var journey = RandomJourneys.generate(seed);
            assertThat(schemaErrors(JourneyWriter.toYaml(journey)).map(JourneySchemaTest::messages))
                    .as("YAML").contains(List.of());
            assertThat(messages(SCHEMA.validate(JourneyWriter.toJson(journey), InputFormat.JSON)))
                    .as("JSON").isEmpty();
        });
    }

    static Stream<Path> hostileFiles() throws IOException {
        return Files.list(Path.of("src/test/resources/dev/journeymaps/model/fuzz/JourneyLoaderFuzzTestInputs"
                        + "/yamlNeverThrows"))
                .sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void rejectsWhatTheLoaderRejectsForShape(Path file) throws IOException {
        String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        ReadResult result = JourneyLoader.load(content, file.getFileName().toString());
        checkAgreement(content, result);
    }

    @Test
    void rejectsANextStepWrittenAsTrue() {
        String yaml = "journey: {id: j, title: J}\nstages:\n- id: s\n  name: S\n  touchpoints:\n"
                + "  - {id: a, name: A, next: [true]}\n";

        assertThat(JourneyLoader.load(yaml, "t.yaml").problems()).extracting(Problem::code)
                .contains("format.wrong-type");
        assertThat(schemaErrors(yaml).orElseThrow()).isNotEmpty();
    }

    @Test
    void rejectsMutatedJourneysTheLoaderRejectsForShape() {
        String[] values = {"[1]", "{a: 1}", "true", "12", "~", "x", "[]", "{}", "-3", "0.5", "\"7\""};
        Seeds.forEach(9_000, 300, seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<String> lines = new ArrayList<>(List.of(JourneyWriter.toYaml(RandomJourneys.generate(seed))
                    .split("\n", -1)));
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                int at = random.nextInt(lines.size());
                String line = lines.get(at);
                lines.set(at, random.nextBoolean()
                        ? line.replaceFirst(":( .*)?$", ": " + values[random.nextInt(values.length)])
                        : line.replaceFirst("([a-z-]+):", "$1x:"));
            }
            String content = String.join("\n", lines);
            checkAgreement(content, JourneyLoader.load(content, "mutated.yaml"));
        });
    }

    private static void checkAgreement(String content, ReadResult result) {
        Optional<List<Error>> errors = schemaErrors(content);
        if (errors.isEmpty()) {
            return; // not YAML the validator can read: a syntax problem, which is the loader's alone to report
        }
        List<String> shape = result.problems().stream()
                .filter(p -> SHAPE_CODES.contains(p.code()))
                .map(Problem::toString)
                .toList();
        if (!shape.isEmpty()) {
            assertThat(errors.get()).as("the loader says %s, the schema must reject it too:%n%s", shape, content)
                    .isNotEmpty();
        }
        if (result.problems().isEmpty()) {
            assertThat(messages(errors.get())).as("the loader accepts it, the schema must too:%n%s", content)
                    .isEmpty();
        }
    }

    private static Optional<List<Error>> schemaErrors(String content) {
        try {
            // Read as the loader reads (PairSafeReader keeps SnakeYAML away from split surrogate pairs).
            JsonNode tree = YAML.readTree(new PairSafeReader(content));
            return Optional.of(tree == null || tree.isMissingNode() ? List.of() : SCHEMA.validate(tree));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }
}
