package dev.journeymaps.render.theme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Level;
import dev.journeymaps.model.validate.Problem;
import dev.journeymaps.render.Typography;
import dev.journeymaps.render.theme.Theme.Slot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme files: what they set, what they inherit, and every mistake reported with its line and column. */
class ThemeFileTest {

    private static ThemeResult read(String yaml) {
        return Theme.read(yaml, "brand.yaml", "brand");
    }

    @Test
    void loadsTheExampleThemeOfTheDocsWithoutProblems() throws IOException {
        ThemeResult result = Theme.load(Path.of("../docs/themes/acme.yaml"));
        assertThat(result.problems()).isEmpty();
        Theme acme = result.theme().orElseThrow();
        assertThat(acme.name()).isEqualTo("acme");
        assertThat(acme.colour(Slot.CURVE)).isEqualTo("#0b5cad");
        assertThat(acme.colour(Slot.MOMENT_OF_TRUTH)).isEqualTo("#0b5cad");
        assertThat(acme.colour(Slot.HEADER)).isEqualTo("#dce8f5");
        assertThat(acme.colour(Slot.INK)).as("inherited").isEqualTo(Theme.LIGHT.colour(Slot.INK));
        assertThat(acme.typography()).isEqualTo(new Typography(26, 16, 13));
        assertThat(acme.cornerRadius()).isEqualTo(4);
    }

    @Test
    void inheritsEverythingItDoesNotSetFromLightOrTheThemeItExtends() {
        Theme plain = read("colours:\n  ink: \"#000\"\n").theme().orElseThrow();
        assertThat(plain.name()).isEqualTo("brand");
        assertThat(plain.colour(Slot.INK)).isEqualTo("#000000");
        assertThat(plain.colour(Slot.CARD)).isEqualTo(Theme.LIGHT.colour(Slot.CARD));
        assertThat(plain.typography()).isEqualTo(Typography.DEFAULT);
        assertThat(plain.cornerRadius()).isEqualTo(Theme.DEFAULT_RADIUS);

        Theme dark = read("extends: dark\n").theme().orElseThrow();
        assertThat(dark.colours()).isEqualTo(Theme.DARK.colours());
    }

    @Test
    void readsJsonThemes() {
        ThemeResult result = Theme.read("{\"extends\": \"print\", \"corner-radius\": 0,\n \"colours\": {\"pain\": \"#000000\"}}",
                "t.json", "t");
        assertThat(result.problems()).isEmpty();
        assertThat(result.theme().orElseThrow().cornerRadius()).isZero();
    }

    @Test
    void reportsUnknownKeysWithTheirLocationAndTheNearestKnownKey() {
        ThemeResult result = read("extends: light\nbrnad: \"#123456\"\ncolours:\n  card-bordr: \"#000000\"\n");
        assertThat(result.theme()).isEmpty();
        assertThat(result.problems()).containsExactly(
                Problem.error("theme.unknown-key", "'brnad' is not a key of a theme", at(2, 1))
                        .withHint("did you mean 'brand'?"),
                Problem.error("theme.unknown-key", "'card-bordr' is not a key of 'colours'", at(4, 3))
                        .withHint("did you mean 'card-border'?"));
    }

    @Test
    void reportsBadColoursWithTheirLocation() {
        ThemeResult result = read("brand: blue\ncolours:\n  ink: \"#12345g\"\n");
        assertThat(result.theme()).isEmpty();
        assertThat(result.problems()).extracting(Problem::code, Problem::location, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("theme.bad-colour", at(1, 1),
                        "'brand' must be a colour like \"#1b1f2a\", was 'blue'"),
                org.assertj.core.groups.Tuple.tuple("theme.bad-colour", at(3, 3),
                        "'colours.ink' must be a colour like \"#1b1f2a\", was '#12345g'"));
    }

    @Test
    void reportsSizesOutOfRangeAndAnUnknownBase() {
        ThemeResult result = read("extends: neon\ncorner-radius: 99\nfont-sizes:\n  card: 40\n  title: big\n");
        assertThat(result.problems()).extracting(Problem::code).containsExactly(
                "theme.unknown-base", "theme.bad-size", "theme.bad-size", "theme.bad-size");
        assertThat(result.problems().get(2).message()).isEqualTo("'font-sizes.card' must be a number from 11 to 15,"
                + " was '40'");
    }

    @Test
    void reportsSyntaxErrorsAndWrongShapesAsProblemsNotExceptions() {
        assertThat(read("colours: [\n").problems()).extracting(Problem::code).contains("theme.syntax");
        assertThat(read("- light\n").problems()).extracting(Problem::code).containsExactly("theme.wrong-type");
        assertThat(read("colours: red\n").problems()).extracting(Problem::code).containsExactly("theme.wrong-type");
        assertThat(read("colours:\n  ink:\n    deep: \"#000000\"\n").problems()).extracting(Problem::code)
                .containsExactly("theme.wrong-type");
        assertThat(read("a: &x \"#000000\"\nbrand: *x\n").problems()).extracting(Problem::code)
                .contains("theme.syntax");
    }

    @Test
    void warnsOfTextColoursBelowAaContrastWhereTheyAreSet() {
        ThemeResult result = read("extends: light\ncolours:\n  muted: \"#bbbbbb\"\n");
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.theme()).isPresent();
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.level()).isEqualTo(Level.WARNING);
            assertThat(p.code()).isEqualTo("theme.low-contrast");
            assertThat(p.location()).isEqualTo(at(3, 3));
        });
        assertThat(result.problems().get(0).message()).isEqualTo(
                "muted #bbbbbb on background #ffffff has a contrast of 1.92:1, below the 4.5:1 WCAG 2.1 AA asks for"
                        + " text");
    }

    @Test
    void warnsOfABrandColourTooPaleForTheCurve() {
        ThemeResult result = read("brand: \"#ffee88\"\n");
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.code()).isEqualTo("theme.low-contrast");
            assertThat(p.message()).contains("marks and lines");
            assertThat(p.location()).isEqualTo(at(1, 1));
        });
    }

    @Test
    void loadsAFileNamedAfterItselfWhenItHasNoName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ocean.yml");
        Files.writeString(file, "extends: dark\n");
        assertThat(Theme.load(file).theme().orElseThrow().name()).isEqualTo("ocean");
    }

    private static SourceLocation at(int line, int column) {
        return SourceLocation.of("brand.yaml", line, column);
    }

    @Test
    void refusesNotANumberAndInfinityAsSizesAtTheirLine() {
        ThemeResult result = read("font-sizes:\n  title: .nan\ncorner-radius: .inf\n");
        assertThat(result.theme()).isEmpty();
        assertThat(result.problems()).extracting(p -> p.code()).containsExactly("theme.bad-size", "theme.bad-size");
        assertThat(result.problems()).extracting(p -> p.location().line()).containsExactly(2, 3);
    }

    @Test
    void reportsDuplicateKeysAsTheJourneyReaderDoes() {
        ThemeResult result = read("brand: \"#112233\"\nbrand: \"#445566\"\n");
        assertThat(result.theme()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("yaml.duplicate-key");
            assertThat(p.message()).isEqualTo("key 'brand' appears twice in the same map (first at line 1)");
            assertThat(p.location().line()).isEqualTo(2);
        });
    }

    @Test
    void readsOnlyRegularFiles() throws IOException {
        java.nio.file.Path zero = java.nio.file.Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(zero));
        ThemeResult result = Theme.load(zero);
        assertThat(result.theme()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("io.unreadable");
            assertThat(p.message()).contains("/dev/zero").contains("not a regular file");
        });
    }
}
