package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.journeymaps.model.io.JourneySchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample, and every whole journey shown in the docs, validates against {@code journey schema}. */
class SchemaExamplesTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JourneySchema.json(), InputFormat.JSON);

    static Stream<Arguments> journeys() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String name : Samples.names()) {
            all.add(Arguments.of("samples/" + name, Samples.read(name)));
        }
        try (Stream<Path> examples = Files.list(Path.of("../docs/examples"))) {
            for (Path p : examples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(Arguments.of("docs/examples/" + p.getFileName(), Files.readString(p)));
            }
        }
        DocsExamplesTest.examples().forEach(all::add);
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journeys")
    void validatesAgainstTheSchema(String name, String content) {
        InputFormat format = name.endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;
        List<String> errors = SCHEMA.validate(content, format).stream().map(Error::toString).toList();

        assertThat(errors).isEmpty();
    }

    @Test
    void theSharedPersonaFilesValidateAgainstThePersonaFileSchema() throws IOException {
        Schema personas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JourneySchema.personasJson(), InputFormat.JSON);
        List<String> files = Samples.companionFiles().stream().filter(f -> f.startsWith("personas/")).toList();
        assertThat(files).isNotEmpty();
        for (String file : files) {
            String content;
            try (var in = Samples.open(file)) {
                content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            assertThat(personas.validate(content, InputFormat.YAML).stream().map(Error::toString)).as(file).isEmpty();
            assertThat(SCHEMA.validate(content, InputFormat.YAML)).as("%s is not a journey", file).isNotEmpty();
        }
    }

    @Test
    void coversEverySample() throws IOException {
        assertThat(journeys()).hasSizeGreaterThan(Samples.names().size());
    }
}
