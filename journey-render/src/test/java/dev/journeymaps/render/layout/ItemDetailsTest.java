package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** An item's detail is cut into the parts {@code String.split} gives for its separator, without a pattern. */
class ItemDetailsTest {

    private static final String SEP = ItemLane.DETAIL_SEPARATOR;

    @Test
    void partsAreWhatSplitGivesAtTheEdges() {
        for (String detail : new String[] {"", "due 2027-01-31", "due 2027-01-31" + SEP + "e-commerce team",
                "a" + SEP + SEP + "b", SEP + "a", "a" + SEP, SEP, SEP + SEP, "a" + SEP + "b" + SEP + SEP, " \u00b7",
                "a \u00b7b"}) {
            assertThat(ItemLane.details(detail)).as("'%s'", detail).isEqualTo(List.of(detail.split(SEP)));
        }
    }

    @Test
    void partsAreWhatSplitGivesForSeededDetails() {
        SplittableRandom random = new SplittableRandom(20261203L);
        String[] pieces = {"a", "team", " ", "\u00b7", SEP, SEP, ""};
        for (int i = 0; i < 10_000; i++) {
            StringBuilder detail = new StringBuilder();
            for (int n = random.nextInt(0, 7); n > 0; n--) {
                detail.append(pieces[random.nextInt(pieces.length)]);
            }
            String d = detail.toString();
            assertThat(ItemLane.details(d)).as("'%s'", d).isEqualTo(List.of(d.split(SEP)));
        }
    }
}
