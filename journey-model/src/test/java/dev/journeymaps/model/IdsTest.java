package dev.journeymaps.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Ids#isValid} accepts exactly what {@code [A-Za-z0-9][A-Za-z0-9_-]{0,63}} matches. */
class IdsTest {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    @Test
    void acceptsTheIdRuleAtItsEdges() {
        for (String id : new String[] {"a", "Z", "7", "t-1", "stage_0", "a".repeat(64)}) {
            assertThat(Ids.isValid(id)).as(id).isTrue();
        }
        for (String id : new String[] {"", "-a", "_a", "a b", "a.b", "é", "a".repeat(65), "a/b", "a\n"}) {
            assertThat(Ids.isValid(id)).as(id).isFalse();
        }
    }

    @Test
    void acceptsWhatThePatternMatchesForSeededStrings() {
        SplittableRandom random = new SplittableRandom(20261203L);
        String alphabet = "aZ09-_ .é@";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder id = new StringBuilder();
            int length = i % 50 == 0 ? random.nextInt(60, 70) : random.nextInt(0, 6);
            for (int n = 0; n < length; n++) {
                id.append(alphabet.charAt(random.nextInt(i % 3 == 0 ? alphabet.length() : 6)));
            }
            assertThat(Ids.isValid(id.toString())).as("'%s'", id).isEqualTo(ID.matcher(id).matches());
        }
    }
}
