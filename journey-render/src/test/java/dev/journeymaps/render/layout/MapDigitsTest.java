package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Digits;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.svg.SvgRenderer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A Persian map shows its figures in Persian digits, unless the journey says {@code digits: latin}; ids do not. */
class MapDigitsTest {

    private static final Pattern PERSIAN_DIGIT = Pattern.compile("[\u06f0-\u06f9]");
    private static final Pattern WESTERN_DIGIT = Pattern.compile("[0-9]");

    private static Journey persian(Optional<Digits> digits) {
        Journey english = ExampleJourneys.damagedDelivery();
        return new Journey(english.id(), english.title(), english.description(), "fa", english.personas(),
                english.stages(), english.location(), english.settings().toBuilder().digits(digits).build());
    }

    private static List<String> texts(Journey journey, Role role) {
        return SceneChecks.texts(JourneyLayout.layout(journey, RenderOptions.defaults().withLanes(Lane.ALL))).stream()
                .filter(t -> t.role() == role)
                .flatMap(t -> t.lines().stream().map(Scene.TextLine::text))
                .toList();
    }

    @Test
    void figuresTheMapMakesArePersian() {
        Journey fa = persian(Optional.empty());
        for (Role role : List.of(Role.REACH_TEXT, Role.HOTSPOT_RANK)) {
            assertThat(texts(fa, role)).as("%s", role).isNotEmpty().allSatisfy(t -> {
                assertThat(PERSIAN_DIGIT.matcher(t).find()).as(t).isTrue();
                assertThat(WESTERN_DIGIT.matcher(t).find()).as(t).isFalse();
            });
        }
        assertThat(texts(fa, Role.REACH_TEXT)).anySatisfy(t -> assertThat(t).contains("\u066a"));
        // the friction lane's scores, with the Persian decimal sign
        assertThat(texts(fa, Role.METRIC_TEXT)).anySatisfy(t -> assertThat(t).matches("[\u06f0-\u06f9]\u066b[\u06f0-\u06f9]{2}"));
    }

    @Test
    void latinKeepsWesternDigits() {
        Journey latin = persian(Optional.of(Digits.LATIN));
        assertThat(texts(latin, Role.REACH_TEXT)).isNotEmpty().allSatisfy(t -> {
            assertThat(PERSIAN_DIGIT.matcher(t).find()).as(t).isFalse();
            assertThat(t).containsPattern("[0-9]+%");
        });
    }

    @Test
    void idsAndAttributesKeepWesternDigits() {
        String svg = new SvgRenderer().render(persian(Optional.empty()), RenderOptions.defaults().withLanes(Lane.ALL));
        assertThat(PERSIAN_DIGIT.matcher(svg).find()).as("the map shows Persian digits").isTrue();
        // Everything inside the tags: names, ids, coordinates, classes. Text and tooltips lie between them.
        String markup = svg.replaceAll(">[^<]*<", "><");
        assertThat(PERSIAN_DIGIT.matcher(markup).find()).as("no Persian digit in ids or attributes").isFalse();
    }
}
