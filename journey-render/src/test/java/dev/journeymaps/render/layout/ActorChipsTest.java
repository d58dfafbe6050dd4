package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.TextBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who takes part in a touchpoint is drawn as initials chips on its card, explained in the key. */
class ActorChipsTest {

    private static Journey journey(String lang, String... actors) {
        return Journey.builder("care", "Care").lang(lang)
                .persona("ben", "Busy Ben", p -> { })
                .persona("ana", "Ana Horvat, shop owner", p -> { })
                .persona("bot", "Support", p -> { })
                .persona("eve", "Eve Adams", p -> { })
                .stage("s", "Stage", s -> s
                        .touchpoint("ask", "Asks about the order", t -> t.channel("email").actors(actors))
                        .touchpoint("alone", "Reads the answer", t -> t.channel("email")))
                .build();
    }

    private static Group card(Scene scene, String id) {
        return JourneyLayoutTest.flatten(scene.nodes()).stream()
                .filter(n -> n instanceof Group g && g.role() == Role.TOUCHPOINT && id.equals(g.touchpoint()))
                .map(n -> (Group) n).findFirst().orElseThrow();
    }

    private static List<Group> chips(Group card) {
        return JourneyLayoutTest.flatten(card.children()).stream()
                .filter(n -> n instanceof Group g && g.role() == Role.ACTOR).map(n -> (Group) n).toList();
    }

    private static String initials(Group chip) {
        return chip.children().stream().filter(n -> n instanceof TextBlock).map(n -> ((TextBlock) n).lines().get(0).text())
                .findFirst().orElseThrow();
    }

    private static Box box(Group chip) {
        return (Box) chip.children().stream().filter(n -> n instanceof Box).findFirst().orElseThrow();
    }

    @Test
    void initialsAreTwoLettersOfTheName() {
        assertThat(CardLayout.initials("Busy Ben")).isEqualTo("BB");
        assertThat(CardLayout.initials("Ana Horvat, shop owner")).isEqualTo("AH");
        assertThat(CardLayout.initials("Ana, the owner")).isEqualTo("AN");
        assertThat(CardLayout.initials("support")).isEqualTo("SU");
        assertThat(CardLayout.initials("Željka van der Berg")).isEqualTo("ŽB");
        assertThat(CardLayout.initials("سارا مشترک")).isEqualTo("سم");
        assertThat(CardLayout.initials("  ")).isEqualTo("?");
    }

    @Test
    void eachActorIsAChipWithItsInitialsAndItsFullNameInTheTooltip() {
        Scene scene = JourneyLayout.layout(journey("en", "ben", "ana"), RenderOptions.defaults());
        Group card = card(scene, "ask");
        List<Group> chips = chips(card);

        assertThat(chips).extracting(ActorChipsTest::initials).containsExactly("BB", "AH");
        assertThat(chips).extracting(Group::tooltip).containsExactly("Busy Ben", "Ana Horvat, shop owner");
        assertThat(box(chips.get(0)).x()).as("in the actors' order").isLessThan(box(chips.get(1)).x());
        // whole, inside the card, the channel's name beside them uncut
        Box cardBox = (Box) card.children().get(0);
        for (Group chip : chips) {
            TextBlock text = (TextBlock) chip.children().get(1);
            SceneChecks.assertFits(text, box(chip));
            assertThat(text.size()).isGreaterThanOrEqualTo(JourneyLayout.MIN_TEXT);
            assertThat(box(chip).x() + box(chip).width()).isLessThanOrEqualTo(cardBox.x() + cardBox.width());
        }
        assertThat(JourneyLayoutTest.flatten(card.children())).filteredOn(n -> n instanceof TextBlock t
                && t.role() == Role.CARD_CHANNEL).extracting(n -> ((TextBlock) n).lines().get(0).text())
                .containsExactly("email");
        assertThat(chips(card(scene, "alone"))).isEmpty();
        assertThat(LegendTest.entries(scene)).contains("initials: who takes part");
    }

    @Test
    void actorsBeyondTheRoomAreCountedInALastChip() {
        Group card = card(JourneyLayout.layout(journey("en", "ben", "ana", "bot", "eve", "ben"),
                RenderOptions.defaults()), "ask");
        List<Group> chips = chips(card);
        List<String> shown = chips.stream().map(ActorChipsTest::initials).toList();

        assertThat(shown.get(shown.size() - 1)).startsWith("+");
        int counted = Integer.parseInt(shown.get(shown.size() - 1).substring(1));
        assertThat(shown.size() - 1 + counted).isEqualTo(5);
        assertThat(chips.get(chips.size() - 1).tooltip()).contains("Eve Adams");
    }

    @Test
    void oneNamedPersonaNeedsNoChipsNorKey() {
        Journey single = Journey.builder("one", "One")
                .persona("ben", "Busy Ben", p -> { })
                .stage("s", "Stage", s -> s.touchpoint("a", "Asks", t -> t.channel("email").actors("ben")))
                .build();
        Scene scene = JourneyLayout.layout(single, RenderOptions.defaults());
        assertThat(chips(card(scene, "a"))).isEmpty();
        assertThat(LegendTest.entries(scene)).doesNotContain("initials: who takes part");
    }

    @Test
    void aRightToLeftMapMirrorsTheChips() {
        Scene scene = JourneyLayout.layout(journey("fa", "ben", "ana"), RenderOptions.defaults());
        List<Group> chips = chips(card(scene, "ask"));
        assertThat(box(chips.get(0)).x()).as("the first actor on the right").isGreaterThan(box(chips.get(1)).x());
        assertThat(LegendTest.entries(scene)).contains("حروف اول نام: چه کسی شرکت دارد");
    }
}
