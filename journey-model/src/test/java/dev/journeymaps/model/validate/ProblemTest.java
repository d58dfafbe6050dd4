package dev.journeymaps.model.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymaps.model.SourceLocation;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A problem's code is dotted lower-case words, {@code [a-z0-9-]+(\.[a-z0-9-]+)+}: the constructor's check (a loop)
 * accepts exactly what that pattern matches, for the edges and 20,000 seeded strings of the characters that matter.
 */
class ProblemTest {

    private static final Pattern CODE = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final SourceLocation AT = SourceLocation.of("j.yaml", 1, 1);

    @Test
    void acceptsDottedLowerCaseWordsOnly() {
        for (String code : new String[] {"flow.even-split", "a.b", "limit.too-many-values", "x-1.y.z-2", "9.9"}) {
            assertThat(Problem.warning(code, "m", AT).code()).isEqualTo(code);
        }
        for (String code : new String[] {"", "flow", ".flow", "flow.", "flow..split", "Flow.split", "flow.split!",
                "flow split.x", "flow_split.x", "flöw.x"}) {
            assertThatThrownBy(() -> Problem.warning(code, "m", AT)).as(code)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dotted lower-case words");
        }
    }

    @Test
    void acceptsWhatThePatternMatchesForSeededStrings() {
        SplittableRandom random = new SplittableRandom(20261203L);
        String alphabet = "ab9-..A_ ";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder code = new StringBuilder();
            for (int n = random.nextInt(0, 8); n > 0; n--) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String c = code.toString();
            boolean accepted;
            try {
                Problem.error(c, "m", AT);
                accepted = true;
            } catch (IllegalArgumentException e) {
                accepted = false;
            }
            assertThat(accepted).as("'%s'", c).isEqualTo(CODE.matcher(c).matches());
        }
    }
}
