package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Level;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemWriterTest {

    private static final ProblemWriter.Tool TOOL =
            new ProblemWriter.Tool("journey", "1.2.3", "https://example.org/journey-maps");

    private static final List<Problem> PROBLEMS = List.of(
            new Problem(Level.ERROR, "reference.unknown-touchpoint", "'next' names 'refund-isued', which is no touchpoint",
                    SourceLocation.of("journeys/refund.yaml", 10, 16), "did you mean 'refund-issued'?"),
            Problem.warning("stage.empty", "stage 'wait' has no touchpoints", SourceLocation.of("journeys/refund.yaml", 13, 5)),
            Problem.error("io.unreadable", "cannot read 'my journeys/ä b.yaml'", SourceLocation.of("my journeys/ä b.yaml", 0, 0)),
            Problem.error("reference.unknown-touchpoint", "'next' names 'x'", SourceLocation.of("/abs/x.yaml", 3, 0)),
            Problem.warning("journey.built", "built in Java", SourceLocation.UNKNOWN));

    private static Schema sarifSchema() throws IOException {
        try (InputStream in = ProblemWriterTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            String schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema, InputFormat.JSON);
        }
    }

    @Test
    void sarifLogValidatesAgainstTheSarif210Schema() throws IOException {
        String sarif = ProblemWriter.toSarif(PROBLEMS, TOOL);

        List<String> errors = sarifSchema().validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void anEmptySarifLogValidatesToo() throws IOException {
        assertThat(sarifSchema().validate(ProblemWriter.toSarif(List.of(), TOOL), InputFormat.JSON)).isEmpty();
    }

    /** The check above is worth something only if the schema rejects what SARIF forbids. */
    @Test
    void theSchemaRejectsAResultWithLineZero() throws IOException {
        String broken = ProblemWriter.toSarif(PROBLEMS.subList(0, 1), TOOL).replace("\"startLine\" : 10", "\"startLine\" : 0");

        assertThat(sarifSchema().validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void writesOneRulePerCodeAndOneResultPerProblemWithItsPlace() {
        String sarif = ProblemWriter.toSarif(PROBLEMS.subList(0, 2), TOOL);

        assertThat(sarif).isEqualTo("""
                {
                  "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",
                  "version" : "2.1.0",
                  "runs" : [ {
                    "tool" : {
                      "driver" : {
                        "name" : "journey",
                        "version" : "1.2.3",
                        "informationUri" : "https://example.org/journey-maps",
                        "rules" : [ {
                          "id" : "reference.unknown-touchpoint",
                          "shortDescription" : {
                            "text" : "reference.unknown-touchpoint"
                          },
                          "helpUri" : "https://example.org/journey-maps/blob/main/docs/validation.md"
                        }, {
                          "id" : "stage.empty",
                          "shortDescription" : {
                            "text" : "stage.empty"
                          },
                          "helpUri" : "https://example.org/journey-maps/blob/main/docs/validation.md"
                        } ]
                      }
                    },
                    "results" : [ {
                      "ruleId" : "reference.unknown-touchpoint",
                      "ruleIndex" : 0,
                      "level" : "error",
                      "message" : {
                        "text" : "'next' names 'refund-isued', which is no touchpoint\\nHint: did you mean 'refund-issued'?"
                      },
                      "locations" : [ {
                        "physicalLocation" : {
                          "artifactLocation" : {
                            "uri" : "journeys/refund.yaml"
                          },
                          "region" : {
                            "startLine" : 10,
                            "startColumn" : 16
                          }
                        }
                      } ]
                    }, {
                      "ruleId" : "stage.empty",
                      "ruleIndex" : 1,
                      "level" : "warning",
                      "message" : {
                        "text" : "stage 'wait' has no touchpoints"
                      },
                      "locations" : [ {
                        "physicalLocation" : {
                          "artifactLocation" : {
                            "uri" : "journeys/refund.yaml"
                          },
                          "region" : {
                            "startLine" : 13,
                            "startColumn" : 5
                          }
                        }
                      } ]
                    } ]
                  } ]
                }
                """);
    }

    @Test
    void aRuleAppearsOnceHoweverManyProblemsHaveItsCode() {
        String sarif = ProblemWriter.toSarif(PROBLEMS, TOOL);

        assertThat(sarif).containsOnlyOnce("\"id\" : \"reference.unknown-touchpoint\"")
                .contains("\"ruleIndex\" : 0", "\"ruleIndex\" : 1", "\"ruleIndex\" : 2", "\"ruleIndex\" : 3");
    }

    @Test
    void fileNamesBecomeUriReferences() {
        assertThat(ProblemWriter.uri("journeys/refund.yaml")).isEqualTo("journeys/refund.yaml");
        assertThat(ProblemWriter.uri("my journeys/ä b.yaml")).isEqualTo("my%20journeys/%C3%A4%20b.yaml");
        assertThat(ProblemWriter.uri("a:b.yaml")).isEqualTo("./a:b.yaml");
        assertThat(ProblemWriter.uri("dir/a:b.yaml")).isEqualTo("dir/a:b.yaml");
        assertThat(ProblemWriter.uri("/abs/x.yaml")).isEqualTo(Path.of("/abs/x.yaml").toUri().toASCIIString());
    }

    @Test
    void aProblemWithoutALineHasNoRegionAndOneWithoutAFileNoLocation() {
        String sarif = ProblemWriter.toSarif(PROBLEMS.subList(2, 5), TOOL);

        assertThat(sarif).contains("\"uri\" : \"my%20journeys/%C3%A4%20b.yaml\"")
                .contains("\"startLine\" : 3\n")
                .doesNotContain("\"startColumn\"");
        assertThat(sarif.split("\"locations\"", -1)).hasSize(3);
    }

    @Test
    void jsonListsEveryProblemWithItsFields() {
        assertThat(ProblemWriter.toJson(PROBLEMS.subList(1, 2))).isEqualTo("""
                [ {
                  "file" : "journeys/refund.yaml",
                  "line" : 13,
                  "column" : 5,
                  "level" : "warning",
                  "code" : "stage.empty",
                  "message" : "stage 'wait' has no touchpoints",
                  "hint" : ""
                } ]
                """);
        assertThat(ProblemWriter.toJson(List.of())).isEqualTo("[ ]\n");
    }
}
