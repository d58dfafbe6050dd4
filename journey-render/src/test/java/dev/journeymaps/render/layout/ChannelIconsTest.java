package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Channels;
import dev.journeymaps.model.Journey;
import dev.journeymaps.model.testing.RandomJourneys;
import dev.journeymaps.model.testing.Seeds;
import dev.journeymaps.render.Lane;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.Box;
import dev.journeymaps.render.layout.Scene.Group;
import dev.journeymaps.render.layout.Scene.Icon;
import dev.journeymaps.render.layout.Scene.Node;
import dev.journeymaps.render.layout.Scene.TextBlock;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelIconsTest {

    @Test
    void everyKnownChannelHasAnIconOfItsOwnName() {
        assertThat(Channels.KNOWN).allSatisfy(c -> assertThat(ChannelIcons.of(c)).isEqualTo(c));
    }

    @Test
    void commonSpellingsGetTheIconOfTheChannelTheyMean() {
        assertThat(ChannelIcons.of("App")).isEqualTo("mobile-app");
        assertThat(ChannelIcons.of(" call centre ")).isEqualTo("phone");
        assertThat(ChannelIcons.of("live_chat")).isEqualTo("chat");
        assertThat(ChannelIcons.of("E-Mail")).isEqualTo("email");
    }

    @Test
    void anyOtherChannelGetsTheGenericIconAndNoChannelNone() {
        assertThat(ChannelIcons.of("kiosk")).isEqualTo(ChannelIcons.GENERIC);
        assertThat(ChannelIcons.of("<script>")).isEqualTo(ChannelIcons.GENERIC);
        assertThat(ChannelIcons.of("  ")).isEmpty();
    }

    @Test
    void everyCardWithAChannelShowsItsIconInsideTheCardBeforeTheChannelText() {
        Seeds.forEach(9_000L, 100, seed -> {
            Journey journey = RandomJourneys.generate(seed);
            Scene scene = JourneyLayout.layout(journey, RenderOptions.defaults());
            List<Group> cards = JourneyLayoutTest.groups(scene, Role.TOUCHPOINT);
            for (int i = 0; i < cards.size(); i++) {
                Group card = cards.get(i);
                Box box = (Box) card.children().get(0);
                List<Icon> icons = card.children().stream().filter(Icon.class::isInstance).map(Icon.class::cast)
                        .toList();
                String channel = journey.touchpoints().get(i).channel();
                assertThat(icons).as("icons of card %d (channel '%s')", i, channel)
                        .hasSize(channel.isBlank() ? 0 : 1);
                for (Icon icon : icons) {
                    assertThat(icon.name()).isEqualTo(ChannelIcons.of(channel));
                    assertThat(icon.size()).as("legible").isGreaterThanOrEqualTo(12);
                    assertThat(box.contains(icon.x(), icon.y())
                            && box.contains(icon.x() + icon.size(), icon.y() + icon.size())).isTrue();
                    for (Node part : card.children()) {
                        if (part instanceof TextBlock text && text.role() == Role.CARD_CHANNEL) {
                            for (TextLine line : text.lines()) {
                                // Left to right the text starts after the icon; a mirrored (right-to-left) card
                                // ends its text before it.
                                if (text.anchor() == Scene.Anchor.END) {
                                    assertThat(line.x()).as("text left of the icon").isLessThan(icon.x());
                                } else {
                                    assertThat(line.x()).as("text right of the icon")
                                            .isGreaterThan(icon.x() + icon.size());
                                }
                            }
                        }
                    }
                }
            }
        });
    }

    @Test
    void theChannelsLaneShowsAnIconBeforeEachChannel() {
        Journey journey = RandomJourneys.generate(3);
        Scene scene = JourneyLayout.layout(journey, RenderOptions.defaults().withLanes(List.of(Lane.CHANNELS)));
        long withChannel = journey.touchpoints().stream().filter(t -> !t.channel().isBlank()).count();
        long icons = JourneyLayoutTest.flatten(scene.nodes()).stream().filter(Icon.class::isInstance).count();
        assertThat(icons).isEqualTo(withChannel);
    }
}
