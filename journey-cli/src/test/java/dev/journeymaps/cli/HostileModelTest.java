package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second round of hostile input against the reader, the validator and the flow solver (issue 13), each file
 * generated here (none is committed) and run as a user would, in the hostile suite's JVM of 128 MB with a guard:
 * a limit is one located line and exit 2, with no stack trace, no output file and the input untouched; a file
 * within the limits is processed.
 */
class HostileModelTest {

    private static final Duration GUARD = Duration.ofSeconds(60);
    /** Analysing thousands of touchpoints is real work, not a hang: the guard of the corpus's giants. */
    private static final Duration GIANT = Duration.ofSeconds(180);
    private static final Pattern ONE_LOCATED_ERROR = Pattern.compile("(?m)^.+:\\d+:\\d+: error\\[[a-z0-9.-]+\\]: .+$");

    @TempDir
    Path work;

    @Test
    void aMillionKeysInOneMapAreRefusedAtTheFirstKeyTooMany() throws IOException {
        refused(stream("keys.json", json -> {
            json.write("{\"journey\": {\"id\": \"j\", \"title\": \"T\"},\n\"metrics\": {");
            for (int i = 0; i < 1_000_000; i++) {
                json.write((i == 0 ? "" : ",") + "\"k" + i + "\": 1");
            }
            json.write("}}\n");
        }), "limit.too-many-entries");
    }

    @Test
    void aMillionListItemsAreRefused() throws IOException {
        refused(stream("items.yaml", yaml -> {
            yaml.write("journey: {id: j, title: T}\nstages:\n");
            for (int i = 0; i < 1_000_000; i++) {
                yaml.write("- 1\n");
            }
        }), "limit.too-many-entries");
    }

    @Test
    void twoHundredThousandPersonasInAnIncludedFileAreRefused() throws IOException {
        stream("lib.yaml", lib -> {
            lib.write("personas:\n");
            for (int i = 0; i < 200_000; i++) {
                lib.write("- {id: p" + i + ", name: P}\n");
            }
        });
        refused(write("inc.yaml", "journey: {id: j, title: T}\npersonas: {include: lib.yaml}\n"
                + "stages: [{id: s, name: S, touchpoints: [{id: t, name: T}]}]\n"), "limit.too-many-entries");
    }

    @Test
    void aChainOfTwoThousandIncludesIsRefusedWithoutOverflowingTheStack() throws IOException {
        for (int i = 0; i < 2_000; i++) {
            write("p" + i + ".yaml", "personas: {include: p" + (i + 1) + ".yaml}\n");
        }
        write("p2000.yaml", "personas: [{id: p, name: P}]\n");
        refused(write("chain.yaml", "journey: {id: j, title: T}\npersonas: {include: p0.yaml}\n"
                + "stages: [{id: s, name: S, touchpoints: [{id: t, name: T}]}]\n"), "include.too-deep");
    }

    @Test
    void twentyThousandUnknownReferencesAreEachReported() throws IOException {
        refused(stream("refs.yaml", yaml -> {
            yaml.write("journey: {id: j, title: T}\npersonas: [{id: p, name: P}]\n"
                    + "stages:\n- id: s\n  name: S\n  touchpoints:\n");
            for (int i = 0; i < 20_000; i++) {
                yaml.write("  - {id: t" + i + ", name: T, actors: [q" + i + "], next: [x" + i + "]}\n");
            }
        }), "reference.unknown-touchpoint");
    }

    @Test
    void theDefaultLimitOfTouchpointsIsValidatedAndOneMoreIsRefused() throws IOException {
        Path atLimit = touchpoints("limit.yaml", 100_000);
        Cli.Run validate = assertTimeoutPreemptively(GIANT, () -> Cli.run(work, "validate", atLimit.toString()));
        assertThat(validate.exit()).as(validate.err()).isZero();

        refused(touchpoints("over.yaml", 100_001), "limit.too-many-touchpoints");
    }

    /** {@code count} touchpoints in ten stages, wired by default (each to the next): 2.6 MB at the limit. */
    private Path touchpoints(String name, int count) throws IOException {
        return stream(name, yaml -> {
            yaml.write("journey: {id: j, title: T}\nstages:\n");
            for (int i = 0; i < count; i++) {
                if (i % 10_000 == 0) {
                    yaml.write("- id: s" + i + "\n  name: S\n  touchpoints:\n");
                }
                yaml.write("  - {id: t" + i + ", name: T}\n");
            }
        });
    }

    @Test
    void aRingThatKeepsAlmostEveryoneIsAnalysed() throws IOException {
        analysed(write("ring.yaml", ring(401, i -> List.of((i + 1) % 401), "0.999999")));
    }

    @Test
    void aTangleOfTwoThousandTouchpointsIsAnalysed() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(13);
        analysed(write("tangle.yaml", ring(2_000, i -> List.of((i + 1) % 2_000, random.nextInt(2_000)), "0.45")));
    }

    @Test
    void threeThousandTouchpointsWithSixtyNextEachAreAnalysed() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(60);
        analysed(write("sixty.yaml", ring(3_000, i -> random.ints(60, 0, 3_000).boxed().toList(), "0.016")));
    }

    @Test
    void aDeviceOrALinkToItIsRefusedInOneLine() throws IOException {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(work.resolve("zero.yaml"), zero);
        for (Path file : List.of(zero, link)) {
            Cli.Run run = guarded("validate", file.toString());
            assertThat(run.exit()).as(run.err()).isNotZero();
            assertThat(run.err()).contains(file.toString()).contains("not a regular file");
            assertThat(run.err().lines().count()).isLessThanOrEqualTo(2);
            assertThat(run.err()).doesNotContain("\tat ");
        }
    }

    @Test
    void aThemeSizeOfNotANumberIsAProblemAtItsLine() throws IOException {
        Path journey = write("ok.yaml", "journey: {id: j, title: T}\nstages: [{id: s, name: S, touchpoints: "
                + "[{id: t, name: T}]}]\n");
        Path theme = write("nan-theme.yaml", "font-sizes:\n  title: .nan\n");
        Path out = work.resolve("ok.svg");
        Cli.Run run = guarded("render", journey.toString(), "--theme", theme.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("nan-theme.yaml:2:").contains("theme.bad-size").doesNotContain("For input");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMermaidImportThatWouldNotBeValidWritesNothing() throws IOException {
        Path mmd = write("empty-name.mmd", "journey\n  section S\n    : 3: Me\n");
        Path out = work.resolve("empty-name.yaml");
        Cli.Run run = guarded("import", mmd.toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).containsPattern(ONE_LOCATED_ERROR).contains("empty-name.mmd:3:");
        assertThat(out).doesNotExist();

        Path bad = work.resolve("bad.mmd");
        Files.write(bad, new byte[] {'j', 'o', 'u', 'r', 'n', 'e', 'y', '\n', (byte) 0xFF});
        Cli.Run encoding = guarded("import", bad.toString(), "-o", out.toString());
        assertThat(encoding.exit()).isEqualTo(2);
        assertThat(encoding.err()).contains("bad.mmd:2:1: error[io.bad-encoding]").doesNotContain("Input length");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMermaidExportKeepsBothPersonas() throws IOException {
        Path journey = write("two.yaml", "journey: {id: j, title: T}\npersonas: [{id: parent, name: Parent},"
                + " {id: student, name: Student}]\nstages: [{id: s, name: S, touchpoints: [{id: t, name: T,"
                + " actors: [parent]}, {id: u, name: U}]}]\n");
        Path out = work.resolve("two.mmd");
        Cli.Run run = guarded("export", journey.toString(), "--to", "mermaid", "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("U: 3: Parent, Student");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** What writes a generated file's text. */
    private interface Body {
        void to(Writer out) throws IOException;
    }

    /**
     * Writes a generated file as it is made: built as one string first, the largest would hold tens of megabytes of
     * this JVM's 128 while the command under test runs in the same heap.
     */
    private Path stream(String name, Body body) throws IOException {
        Path file = work.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.to(out);
        }
        return file;
    }

    /** The file's SHA-256: what "untouched" is checked against without holding the file in the heap. */
    private static byte[] digest(Path file) throws IOException {
        try (var in = new java.security.DigestInputStream(Files.newInputStream(file),
                java.security.MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return in.getMessageDigest().digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String ring(int size, java.util.function.IntFunction<List<Integer>> next, String share) {
        StringBuilder yaml = new StringBuilder("journey: {id: j, title: T}\nstages:\n- id: s\n  name: S\n"
                + "  touchpoints:\n");
        for (int i = 0; i < size; i++) {
            yaml.append("  - id: t").append(i).append("\n    name: T\n    next:\n");
            for (int to : next.apply(i)) {
                yaml.append("    - {to: t").append(to).append(", share: ").append(share).append("}\n");
            }
        }
        return yaml.toString();
    }

    private Cli.Run guarded(String... args) {
        return assertTimeoutPreemptively(GUARD, () -> Cli.run(work, args));
    }

    private void refused(Path file, String code) throws IOException {
        byte[] before = digest(file);
        Cli.Run validate = guarded("validate", file.toString());
        assertThat(validate.exit()).as(validate.err()).isEqualTo(2);
        assertThat(validate.err()).contains("error[" + code + "]").containsPattern(ONE_LOCATED_ERROR)
                .doesNotContain("\tat ").doesNotContain("Exception");
        Path out = work.resolve(file.getFileName() + ".svg");
        Cli.Run render = guarded("render", file.toString(), "-o", out.toString());
        assertThat(render.exit()).as(render.err()).isEqualTo(2);
        assertThat(out).doesNotExist();
        assertThat(digest(file)).isEqualTo(before);
    }

    private void analysed(Path file) {
        Cli.Run analyze = assertTimeoutPreemptively(GIANT, () -> Cli.run(work, "analyze", file.toString()));
        assertThat(analyze.exit()).as(analyze.err()).isIn(0, 2);
        assertThat(analyze.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
