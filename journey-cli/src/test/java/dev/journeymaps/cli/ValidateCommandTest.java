package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    static final String DANGLING = """
            journey:
              id: refund
              title: A refund
            stages:
              - id: claim
                name: Claim
                touchpoints:
                  - id: photo-upload
                    name: Uploads photos of the damage
                    next: [nowhere]
                  - id: refund-issued
                    name: Receives the refund
            """;

    @Test
    void acceptsTheIssueExampleWithExitZero() {
        Path example = Cli.projectFile("journey-samples/src/test/resources/journeys/valid/issue-example.yaml");

        Cli.Run run = Cli.run(dir, "validate", example.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(example + ": ok\n");
        assertThat(run.exit()).isZero();
    }

    @Test
    void reportsDanglingNextAtItsLineWithExitTwo() throws IOException {
        Path file = write("dangling.yaml", DANGLING);

        Cli.Run run = Cli.run(dir, "validate", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(file + ":10:16: error[reference.unknown-touchpoint]: touchpoint 'photo-upload'"
                + " leads to unknown touchpoint 'nowhere'\n"
                + "  hint: 'next' takes the id of a touchpoint in any stage of this journey\n");
        assertThat(run.out()).isEqualTo(file + ": 1 error, 0 warnings\n");
    }

    @Test
    void suggestsTheNearestTouchpointForATypo() throws IOException {
        Path file = write("typo.yaml", DANGLING.replace("[nowhere]", "[refund-isued]"));

        Cli.Run run = Cli.run(dir, "validate", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(file + ":10:16: error[reference.unknown-touchpoint]: touchpoint 'photo-upload'"
                + " leads to unknown touchpoint 'refund-isued'\n"
                + "  hint: did you mean 'refund-issued'?\n");
    }

    @Test
    void printsWarningsWithExitZero() throws IOException {
        Path file = write("empty-stage.yaml", DANGLING.replace("[nowhere]", "[refund-issued]") + """
                  - id: later
                    name: Later
                """);

        Cli.Run run = Cli.run(dir, "validate", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).startsWith(file + ":13:").contains(": warning[stage.empty]: ");
        assertThat(run.out()).isEqualTo(file + ": 0 errors, 1 warning\n");
    }

    @Test
    void printsProblemsAsJsonOnStdout() throws IOException {
        Path file = write("dangling.yaml", DANGLING);

        Cli.Run run = Cli.run(dir, "validate", "--format", "json", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("[")
                .contains("\"file\" : \"" + file + "\"")
                .contains("\"line\" : 10")
                .contains("\"column\" : 16")
                .contains("\"level\" : \"error\"")
                .contains("\"code\" : \"reference.unknown-touchpoint\"")
                .contains("\"message\" : ", "\"hint\" : ")
                .endsWith("]\n");
    }

    @Test
    void readsJsonJourneysWithLineNumbers() throws IOException {
        Path file = write("dangling.json", """
                {"journey": {"id": "refund", "title": "A refund"},
                 "stages": [{"id": "claim", "name": "Claim", "touchpoints": [
                   {"id": "photo-upload", "name": "Uploads photos",
                    "next": ["refund-isued"]},
                   {"id": "refund-issued", "name": "Receives the refund"}]}]}
                """);

        Cli.Run run = Cli.run(dir, "validate", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ":4:").contains("error[reference.unknown-touchpoint]",
                "  hint: did you mean 'refund-issued'?");
    }

    @Test
    void printsAnEmptyJsonArrayForAValidJourney() {
        Path example = Cli.projectFile("journey-samples/src/test/resources/journeys/valid/issue-example.yaml");

        Cli.Run run = Cli.run(dir, "validate", "--format", "json", example.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out().replaceAll("\\s", "")).isEqualTo("[]");
    }

    @Test
    void reportsYamlSyntaxErrorsAsProblemsWithoutAStackTrace() throws IOException {
        Path file = write("broken.yaml", "journey:\n  id: x\n  title: [unclosed\n");

        Cli.Run run = Cli.run(dir, "validate", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(file + ":").contains("error[").doesNotContain("Exception", "\tat ");
    }

    @Test
    void checksEveryFileGivenAndFailsWhenOneHasErrors() throws IOException {
        Path good = Cli.projectFile("journey-samples/src/test/resources/journeys/valid/issue-example.yaml");
        Path bad = write("dangling.yaml", DANGLING);

        Cli.Run run = Cli.run(dir, "validate", good.toString(), bad.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEqualTo(good + ": ok\n" + bad + ": 1 error, 0 warnings\n");
    }

    @Test
    void exitsOneWithOneLineForAMissingFile() {
        Cli.Run run = Cli.run(dir, "validate", "missing.yaml");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("journey: no such file: missing.yaml\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void exitsOneForAFolder() {
        Cli.Run run = Cli.run(dir, "validate", ".");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: . is a folder").doesNotContain("Exception");
    }

    @Test
    void resolvesRelativePathsAgainstTheWorkingDirectory() throws IOException {
        write("dangling.yaml", DANGLING);

        Cli.Run run = Cli.run(dir, "validate", "dangling.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("dangling.yaml: 1 error, 0 warnings\n");
    }

    @Test
    void exitsOneWithUsageWhenNoFileIsGiven() {
        Cli.Run run = Cli.run(dir, "validate");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("journey: Missing required parameter: 'FILE'\n"
                + "Try 'journey validate --help' for more information.\n");
    }

    @Test
    void exitsOneForAnUnknownReportFormat() {
        Cli.Run run = Cli.run(dir, "validate", "--format", "xml", "x.yaml");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("--format").doesNotContain("\tat ");
    }

    @Test
    void reportsAMissingSurveyFileAsAnErrorWithExitTwo() throws IOException {
        Path file = write("surveyed.yaml", WITH_SURVEY);

        Cli.Run run = Cli.run(dir, "validate", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(file + ":4:20: error[path.not-found]: no file 'answers.csv' next to"
                + " surveyed.yaml\n  hint: paths are relative to the file that names them\n");
        assertThat(run.out()).isEqualTo(file + ": 1 error, 0 warnings\n");
    }

    @Test
    void reportsBadSurveyRowsAsWarningsAtTheirCell() throws IOException {
        Path file = write("surveyed.yaml", WITH_SURVEY);
        Path answers = write("answers.csv", "touchpoint,metric,value\nphoto-upload,csat,5\nphoto-upload,csat,x\n");

        Cli.Run run = Cli.run(dir, "validate", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEqualTo(answers + ":3:19: warning[survey.bad-value]: 'x' is not a valid csat answer\n"
                + "  hint: a CSAT answer is a whole number on the file's scale, 1-5\n");
        assertThat(run.out()).isEqualTo(file + ": 0 errors, 1 warning\n");
    }

    static final String WITH_SURVEY = DANGLING.replace("  title: A refund\n", "  title: A refund\n"
            + "  surveys: [{file: answers.csv}]\n").replace("[nowhere]", "[refund-issued]");

    @Test
    void printsGithubAnnotationsWithFileLineAndColumn() throws IOException {
        write("dangling.yaml", DANGLING);

        Cli.Run run = Cli.run(dir, "validate", "--format", "github", "dangling.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        // The test's working folder is absolute; from a shell, a relative name stays relative.
        String file = ProblemReport.githubProperty(dir.resolve("dangling.yaml").toString());
        assertThat(run.out()).isEqualTo("::error file=" + file + ",line=10,col=16,title=reference.unknown-touchpoint"
                + "::touchpoint 'photo-upload' leads to unknown touchpoint 'nowhere'"
                + "%0Ahint: 'next' takes the id of a touchpoint in any stage of this journey\n");
    }

    @Test
    void printsNothingForAValidJourneyInGithubFormat() {
        Path example = Cli.projectFile("journey-samples/src/test/resources/journeys/valid/issue-example.yaml");

        Cli.Run run = Cli.run(dir, "validate", "--format", "github", example.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void escapesWorkflowCommandsAsGithubDoes() {
        assertThat(ProblemReport.githubData("50% off\r\nnext: a,b")).isEqualTo("50%25 off%0D%0Anext: a,b");
        assertThat(ProblemReport.githubProperty("c:/j,1%.yaml\n")).isEqualTo("c%3A/j%2C1%25.yaml%0A");
    }

    @Test
    void aFileNameWithCommaAndColonStaysOneProperty() throws IOException {
        write("a,b:c.yaml", DANGLING);

        Cli.Run run = Cli.run(dir, "validate", "--format", "github", "a,b:c.yaml");

        assertThat(run.out()).startsWith("::error file=" + dir + "/a%2Cb%3Ac.yaml,line=10,col=16,title=");
    }

    @Test
    void printsSarifOnStdout() throws IOException {
        write("dangling.yaml", DANGLING);

        Cli.Run run = Cli.run(dir, "validate", "--format", "sarif", "dangling.yaml");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("{\n  \"$schema\" : \"https://json.schemastore.org/sarif-2.1.0.json\"")
                .contains("\"name\" : \"journey\"", "\"ruleId\" : \"reference.unknown-touchpoint\"",
                        "\"uri\" : \"" + dir.resolve("dangling.yaml").toUri() + "\"", "\"startLine\" : 10",
                        "\"startColumn\" : 16")
                .endsWith("}\n");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
