package dev.journeymaps.model.io;

import static dev.journeymaps.model.io.JourneyReaderTest.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Level;
import dev.journeymaps.model.validate.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake a file can hold comes back as a problem with its code and location, never as an exception. */
class ReadProblemsTest {

    private static Problem only(String yaml) {
        List<Problem> problems = JourneyReader.read(yaml, "f.yaml").problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void reportsSyntaxErrorsWithLineAndColumn() {
        Problem p = only("journey: {id: j, title: T}\nstages:\n  - id: s\n    name: [unclosed\n");
        assertThat(p.code()).isEqualTo("yaml.syntax");
        assertThat(p.level()).isEqualTo(Level.ERROR);
        assertThat(p.location().line()).isEqualTo(5);
    }

    @Test
    void reportsTabIndentationAsSyntax() {
        Problem p = only("journey:\n\tid: j\n");
        assertThat(p.code()).isEqualTo("yaml.syntax");
        assertThat(p.location().line()).isEqualTo(2);
    }

    @Test
    void reportsUnknownKeysWithTheNearestKnownOne() {
        Problem p = only(one("chanel: web"));
        assertThat(p.code()).isEqualTo("format.unknown-key");
        assertThat(p.message()).isEqualTo("unknown key 'chanel' in touchpoint");
        assertThat(p.hint()).isEqualTo("did you mean 'channel'?");
        assertThat(p.location()).isEqualTo(SourceLocation.of("f.yaml", 8, 9));
    }

    @Test
    void reportsUnknownTopLevelKeys() {
        Problem p = only("journey: {id: j, title: T}\nstages: []\nstage: []\n");
        assertThat(p.code()).isEqualTo("format.unknown-key");
        assertThat(p.hint()).isEqualTo("did you mean 'stages'?");
    }

    @Test
    void tellsAKeyIndentedTooDeepFromAValueWithAColon() {
        Problem deeper = only("journey: {id: j, title: T}\nstages:\n  - id: s\n    name: S\n      goal: G\n");
        assertThat(deeper.message()).startsWith("mapping values are not allowed here");
        assertThat(deeper.location()).isEqualTo(SourceLocation.of("f.yaml", 5, 11));
        assertThat(deeper.hint())
                .isEqualTo("this key is indented deeper than the key on the line above: start it in the same column");

        Problem colon = only("journey: {id: j, title: T}\nstages:\n  - id: s\n    name: Step 1: open the box\n");
        assertThat(colon.message()).startsWith("mapping values are not allowed here");
        assertThat(colon.hint()).isEqualTo(
                "the value has ': ' in it: put the whole value in quotes, as in name: \"Step 1: open the box\"");
    }

    @Test
    void saysWhereAKeyIndentedUnderJourneyBelongs() {
        List<Problem> problems = JourneyReader.read("""
                journey:
                  id: j
                  title: T
                  personas:
                    - {id: ana, name: Ana}
                  stages:
                    - {id: s, name: S, touchpoints: [{id: t, name: N}]}
                """, "f.yaml").problems();
        assertThat(problems).extracting(Problem::code, Problem::message, Problem::location, Problem::hint)
                .containsExactly(
                        tuple("format.missing-key", "the file has no 'stages'", SourceLocation.of("f.yaml", 1, 1),
                                "'stages:' is written inside 'journey:' (line 6): start its line where 'journey:'"
                                        + " starts"),
                        tuple("format.unknown-key", "unknown key 'personas' in journey",
                                SourceLocation.of("f.yaml", 4, 3),
                                "'personas' goes beside 'journey:', not inside it: start its line where 'journey:'"
                                        + " starts"),
                        tuple("format.unknown-key", "unknown key 'stages' in journey",
                                SourceLocation.of("f.yaml", 6, 3),
                                "'stages' goes beside 'journey:', not inside it: start its line where 'journey:'"
                                        + " starts"));
    }

    @Test
    void saysWhereAKeyInsideTheJourneyObjectBelongsInJson() {
        List<Problem> problems = JourneyReader.read(
                "{\"journey\": {\"id\": \"j\", \"title\": \"T\",\n \"stages\": []}}", "f.json").problems();
        assertThat(problems).extracting(Problem::hint).containsExactly(
                "'stages' is written inside the 'journey' object (line 2): move it out, beside 'journey'",
                "'stages' goes beside 'journey', not inside its object");
    }

    @Test
    void saysATouchpointNamesItsPersonasInActors() {
        Problem p = only(one("personas: [emma]"));
        assertThat(p.message()).isEqualTo("unknown key 'personas' in touchpoint");
        assertThat(p.hint()).isEqualTo("a touchpoint names its personas by id in 'actors:', as in actors: [emma]");
    }

    @Test
    void saysWhereAJourneyKeyWrittenAtTheTopBelongs() {
        Problem p = only("journey: {id: j, title: T}\nowner: CX team\nstages: []\n");
        assertThat(p.message()).isEqualTo("unknown key 'owner' in the file");
        assertThat(p.hint())
                .isEqualTo("'owner' belongs inside 'journey:': indent it under 'journey:', with 'id:' and 'title:'");
    }

    @Test
    void reportsWrongTypes() {
        Problem p = only(one("effort: [1, 2]"));
        assertThat(p.code()).isEqualTo("format.wrong-type");
        assertThat(p.message()).isEqualTo("'effort' of touchpoint must be a number, not a list");
        assertThat(p.location().line()).isEqualTo(8);
    }

    @Test
    void reportsAListWhereAMapBelongs() {
        assertThat(only("- a\n- b\n").code()).isEqualTo("format.wrong-type");
        assertThat(only("journey: [a]\nstages: []\n").code()).isEqualTo("format.wrong-type");
    }

    @Test
    void reportsEmotionOutOfRangeAndUnknownNames() {
        assertThat(only(one("emotion: 3")).code()).isEqualTo("range.emotion");
        assertThat(only(one("emotion: 1.5")).code()).isEqualTo("range.emotion");
        Problem p = only(one("emotion: hapy"));
        assertThat(p.code()).isEqualTo("format.bad-value");
        assertThat(p.hint()).isEqualTo("did you mean 'happy'?");
    }

    @Test
    void reportsEffortShareAndMetricsOutOfRange() {
        assertThat(only(one("effort: 0")).code()).isEqualTo("range.effort");
        assertThat(only(one("effort: 6")).code()).isEqualTo("range.effort");
        assertThat(only(one("next: [{to: t, share: 1.5}]")).code()).isEqualTo("range.share");
        assertThat(only(one("next: [{to: t, share: -0.1}]")).code()).isEqualTo("range.share");
        assertThat(only(one("metrics: {csat: 101}")).code()).isEqualTo("range.csat");
        assertThat(only(one("metrics: {nps: -101}")).code()).isEqualTo("range.nps");
        assertThat(only(one("metrics: {ces: .nan}")).code()).isEqualTo("range.ces");
    }

    @Test
    void acceptsValuesAtTheEdgesOfTheirRanges() {
        for (String ok : List.of("effort: 1", "effort: 5", "emotion: -2", "emotion: 2",
                "metrics: {csat: 0, nps: -100, ces: 100}", "metrics: {nps: 100}")) {
            assertThat(JourneyReader.read(one(ok), "f.yaml").problems()).as(ok).isEmpty();
        }
    }

    @Test
    void reportsBadDurationsAndDates() {
        assertThat(only(one("metrics: {response-time: soon}")).code()).isEqualTo("format.bad-duration");
        assertThat(only(one("metrics: {response-time: 4}")).code()).isEqualTo("format.bad-duration");
        assertThat(only(one("opportunities: [{text: x, due: 31.3.2027}]")).code()).isEqualTo("format.bad-date");
    }

    @Test
    void reportsUnknownSeverityAndEvidence() {
        assertThat(only(one("pain-points: [{text: x, severity: huge}]")).code()).isEqualTo("format.bad-value");
        assertThat(only(one("evidence: guessed")).code()).isEqualTo("format.bad-value");
    }

    @Test
    void reportsMissingIdsAndNames() {
        Problem p = only("journey: {id: j, title: T}\nstages:\n  - id: s\n    name: S\n    touchpoints:\n      - id: t\n");
        assertThat(p.code()).isEqualTo("format.missing-key");
        assertThat(p.message()).isEqualTo("touchpoint has no 'name'");
        assertThat(only("journey: {id: j}\nstages: []\n").code()).isEqualTo("format.missing-key");
        assertThat(only("stages: []\n").code()).isEqualTo("format.missing-key");
    }

    @Test
    void reportsDuplicateKeysInsteadOfKeepingTheLast() {
        Problem p = only(one("channel: web\n        channel: phone"));
        assertThat(p.code()).isEqualTo("yaml.duplicate-key");
        assertThat(p.location().line()).isEqualTo(9);
    }

    @Test
    void refusesAliases() {
        Problem p = only("journey: {id: j, title: &t T}\nstages:\n  - id: s\n    name: *t\n    touchpoints: []\n");
        assertThat(p.code()).isEqualTo("yaml.alias");
        assertThat(p.location().line()).isEqualTo(4);
    }

    @Test
    void reportsEmptyAndMultipleDocuments() {
        assertThat(only("").code()).isEqualTo("yaml.empty");
        assertThat(only("# only a comment\n").code()).isEqualTo("yaml.empty");
        assertThat(only("journey: {id: j, title: T}\nstages: []\n---\njourney: {id: k}\n").code())
                .isEqualTo("yaml.multiple-documents");
    }

    @Test
    void reportsConflictingExitAndNext() {
        assertThat(only(one("exit: true\n        next: [t]")).code()).isEqualTo("format.conflict");
    }

    @Test
    void reportsTextAboveTheLimit() {
        ReadLimits small = new ReadLimits(1_000_000, 10, 100, 64);
        List<Problem> problems = JourneyReader.read(one("thought: this is more than ten"), "f.yaml", small).problems();
        assertThat(problems).extracting(Problem::code).containsExactly("limit.text-too-long");
    }

    @Test
    void refusesAYamlLineLongerThanTenTimesTheTextLimitBeforeParsingIt() {
        ReadLimits small = new ReadLimits(1_000_000, 10, 100, 64);
        String yaml = "journey: {id: j, title: T}\nstages:\n  - id: s\n    name: " + "n".repeat(101) + "\n";
        List<Problem> problems = JourneyReader.read(yaml, "f.yaml", small).problems();
        assertThat(problems).extracting(Problem::code).containsExactly("limit.line-too-long");
        assertThat(problems.get(0).location()).isEqualTo(SourceLocation.of("f.yaml", 4, 101));
        assertThat(problems.get(0).hint()).contains("--max-text");
        // the first line too long, however many come after it, and a last line without a line break
        String last = yaml + "# " + "m".repeat(200);
        assertThat(JourneyReader.read(last, "f.yaml", small).problems().get(0).location())
                .isEqualTo(SourceLocation.of("f.yaml", 4, 101));
        String onlyLast = "journey: {id: j, title: T}\nstages: []\n# " + "m".repeat(200);
        assertThat(JourneyReader.read(onlyLast, "f.yaml", small).problems().get(0).location())
                .isEqualTo(SourceLocation.of("f.yaml", 3, 101));
    }

    @Test
    void allowsLinesUpToTheLineLimitAndLongLinesInJson() {
        ReadLimits small = new ReadLimits(1_000_000, 10, 100, 64);
        String name = "n".repeat(100 - "    name: ".length());
        String yaml = "journey: {id: j, title: T}\nstages:\n  - id: s\n    name: " + name + "\n";
        assertThat(JourneyReader.read(yaml, "f.yaml", small).problems()).extracting(Problem::code)
                .doesNotContain("limit.line-too-long");
        String json = "{\"journey\": {\"id\": \"j\", \"title\": \"T\"}, \"stages\": [{\"id\": \"s\", \"name\": \""
                + "n".repeat(200) + "\"}]}";
        assertThat(JourneyReader.read(json, "f.json", small).problems()).extracting(Problem::code)
                .doesNotContain("limit.line-too-long").contains("limit.text-too-long");
    }

    @Test
    void reportsDocumentsAboveTheSizeLimit() {
        ReadLimits small = ReadLimits.DEFAULTS.withMaxDocumentChars(50);
        assertThat(JourneyReader.read(one("thought: x"), "f.yaml", small).problems())
                .extracting(Problem::code)
                .containsExactly("limit.too-large");
    }

    @Test
    void reportsDeepNestingAsALimit() {
        String deep = "journey: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertThat(only(deep).code()).startsWith("limit.");
    }

    @Test
    void reportsMissingFilesFoldersAndBadEncodingAsProblems(@TempDir Path dir) throws Exception {
        assertThat(JourneyReader.read(dir.resolve("missing.yaml")).problems())
                .extracting(Problem::code)
                .containsExactly("io.unreadable");
        assertThat(JourneyReader.read(dir).problems()).extracting(Problem::code).containsExactly("io.unreadable");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "journey: {id: j, title: Caf\u00e9}\n".getBytes(StandardCharsets.ISO_8859_1));
        Problem p = JourneyReader.read(latin1).problems().get(0);
        assertThat(p.code()).isEqualTo("io.bad-encoding");
        assertThat(p.location().line()).isEqualTo(1);
    }

    @Test
    void tellsABadByteFromAReplacementCharacterWrittenInTheFile(@TempDir Path dir) throws Exception {
        // Text is decoded once and checked strictly only when it holds U+FFFD, which a bad byte also decodes to.
        Path written = dir.resolve("written.yaml");
        Files.writeString(written, "journey: {id: j, title: \"a \uFFFD b\"}\nstages: []\n", StandardCharsets.UTF_8);
        assertThat(JourneyReader.read(written).problems()).isEmpty();
        assertThat(JourneyReader.read(written).journey().orElseThrow().title()).isEqualTo("a \uFFFD b");
        Path both = dir.resolve("both.yaml");
        byte[] text = "journey: {id: j, title: \"\uFFFD\"}\n# caf?\n".getBytes(StandardCharsets.UTF_8);
        text[text.length - 2] = (byte) 0xE9; // Latin-1 for the e acute
        Files.write(both, text);
        Problem p = JourneyReader.read(both).problems().get(0);
        assertThat(p.code()).isEqualTo("io.bad-encoding");
        assertThat(p.location()).isEqualTo(SourceLocation.of(both.toString(), 2, 6));
    }

    @Test
    void readsEmojiWhereverTheyFallInTheParsersBuffer() {
        // Regression: snakeyaml-engine 3.0.1 threw IndexOutOfBoundsException for an emoji at the 1024th character.
        for (int pad = 950; pad < 1100; pad++) {
            String quoted = "journey: {id: j, title: \"" + "x".repeat(pad) + "\uD83D\uDE00 end\"}\nstages: []\n";
            String plain = "journey: {id: j, title: " + "x".repeat(pad) + "\uD83D\uDE00 end}\nstages: []\n";
            assertThat(JourneyReader.read(quoted, "e.yaml").problems()).as("quoted, pad %d", pad).isEmpty();
            assertThat(JourneyReader.read(plain, "e.yaml").problems()).as("plain, pad %d", pad).isEmpty();
        }
    }

    @Test
    void findsHalfASurrogatePairAndKeepsWholeOnesWhereverTheyFallInTheBlocksSearched() {
        // The text is searched for surrogates in blocks of 8,192 characters: a pair across two blocks is whole, half
        // a pair in a later block is found with its line and column.
        for (int pad = 8180; pad < 8200; pad++) {
            String whole = "journey: {id: j, title: \"" + "x".repeat(pad) + "\uD83D\uDE00\"}\nstages: []\n";
            assertThat(JourneyReader.read(whole, "e.yaml").problems()).as("whole, pad %d", pad).isEmpty();
            String half = "journey: {id: j, title: T}\n# " + "x".repeat(pad) + "\nstages: [] # \uDE00\n";
            Problem p = only(half);
            assertThat(p.code()).as("half, pad %d", pad).isEqualTo("io.bad-encoding");
            assertThat(p.location()).as("half, pad %d", pad).isEqualTo(SourceLocation.of("f.yaml", 3, 14));
        }
    }

    @Test
    void reportsHalfASurrogatePairInProgramText() {
        Problem p = only("journey: {id: j, title: \"a\uD800b\"}\nstages: []\n");
        assertThat(p.code()).isEqualTo("io.bad-encoding");
        assertThat(p.location()).isEqualTo(SourceLocation.of("f.yaml", 1, 27));
    }

    @Test
    void refusesAMapWithMoreKeysThanTheEntryLimitAtTheFirstKeyTooMany() {
        ReadLimits small = ReadLimits.DEFAULTS.withNodeBudget(3, 1_000);
        String yaml = "journey: {id: j, title: T}\nmetrics:\n  a: 1\n  b: 2\n  c: 3\n  d: 4\n";
        Problem p = JourneyReader.read(yaml, "f.yaml", small).problems().get(0);
        assertThat(p.code()).isEqualTo("limit.too-many-entries");
        assertThat(p.message()).isEqualTo("this map has more than 3 keys");
        assertThat(p.location()).isEqualTo(SourceLocation.of("f.yaml", 6, 3));
        assertThat(p.hint()).contains("--max-entries");
    }

    @Test
    void refusesAListWithMoreItemsThanTheEntryLimitAtTheFirstItemTooMany() {
        ReadLimits small = ReadLimits.DEFAULTS.withNodeBudget(3, 1_000);
        String json = "{\"journey\": {\"id\": \"j\", \"title\": \"T\"},\n\"stages\": [1,\n2,\n3,\n4]}";
        Problem p = JourneyReader.read(json, "f.json", small).problems().get(0);
        assertThat(p.code()).isEqualTo("limit.too-many-entries");
        assertThat(p.message()).isEqualTo("this list has more than 3 items");
        assertThat(p.location()).isEqualTo(SourceLocation.of("f.json", 5, 1));
    }

    @Test
    void refusesMoreValuesThanTheBudgetWhereTheFirstOneTooManyIs() {
        ReadLimits small = ReadLimits.DEFAULTS.withNodeBudget(1_000, 5);
        String yaml = "journey:\n  id: j\n  title: T\nstages:\n  - id: s\n    name: S\n";
        List<Problem> problems = JourneyReader.read(yaml, "f.yaml", small).problems();
        assertThat(problems).extracting(Problem::code).containsExactly("limit.too-many-values");
        assertThat(problems.get(0).location()).isEqualTo(SourceLocation.of("f.yaml", 5, 5));
        assertThat(problems.get(0).message()).isEqualTo(
                "the journey holds more than 5 values (maps, lists, texts and numbers)");
    }

    @Test
    void aMillionKeysStopAtTheEntryLimitWithoutHoldingThemAll() {
        StringBuilder json = new StringBuilder("{\"journey\": {\"id\": \"j\", \"title\": \"T\"}, \"metrics\": {");
        for (int i = 0; i < 1_000_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": 1");
        }
        json.append("}}");
        Problem p = JourneyReader.read(json.toString(), "f.json").problems().get(0);
        assertThat(p.code()).isEqualTo("limit.too-many-entries");
        assertThat(p.message()).isEqualTo("this map has more than 100,000 keys");
    }

    @Test
    void deepNestingIsRefusedInOurOwnWordsWhereItGoesTooDeep() {
        for (String file : List.of("f.json", "f.yaml")) {
            Problem p = only(file, "{\"journey\": " + "[".repeat(100) + "]".repeat(100) + "}");
            assertThat(p.code()).isEqualTo("limit.exceeded");
            assertThat(p.message()).isEqualTo("maps and lists are nested more than 64 levels deep");
            assertThat(p.location()).isEqualTo(SourceLocation.of(file, 1, 76));
            assertThat(p.hint()).doesNotContain("option").doesNotContain("StreamReadConstraints");
        }
    }

    @Test
    void aNameOverTheTextLimitIsReportedOnceNotAlsoAsEmpty() {
        ReadLimits small = new ReadLimits(1_000_000, 10, 100, 64);
        List<Problem> problems = JourneyLoader.validated(JourneyReader.read(
                "journey: {id: j, title: T}\nstages:\n  - id: s\n    name: this is more than ten\n    touchpoints: [{id: t, name: N}]\n", "f.yaml",
                small)).problems();
        assertThat(problems).extracting(Problem::code).containsExactly("limit.text-too-long");
    }

    private static Problem only(String file, String text) {
        List<Problem> problems = JourneyReader.read(text, file).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
