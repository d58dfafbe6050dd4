package dev.journeymaps.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.Journey;
import dev.journeymaps.model.Provenance;
import dev.journeymaps.model.Provenance.ResearchSource;
import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.testing.ExampleJourneys;
import dev.journeymaps.render.RenderOptions;
import dev.journeymaps.render.layout.Scene.TextLine;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The title block says who owns the map, its version and date and the research behind it; every page repeats some. */
class TitleBlockTest {

    static Journey withProvenance(Journey j, String lang) {
        Provenance p = new Provenance("CX team", "2.1", Optional.of(LocalDate.of(2026, 11, 30)), List.of(
                new ResearchSource("Customer interviews", OptionalInt.of(12), SourceLocation.UNKNOWN),
                new ResearchSource("Support tickets", OptionalInt.empty(), SourceLocation.UNKNOWN)));
        return new Journey(j.id(), j.title(), j.description(), lang, j.personas(), j.stages(), j.location(),
                j.settings().withProvenance(p));
    }

    @Test
    void theFirstPageSaysOwnerVersionDateAndSourcesWithSampleSizes() {
        List<Scene> pages = JourneyLayout.pages(withProvenance(ExampleJourneys.damagedDelivery(), "en"),
                RenderOptions.defaults());

        assertThat(lines(pages.get(0))).contains("Owner: CX team \u00b7 Version 2.1 \u00b7 2026-11-30",
                "Research: Customer interviews (n=12), Support tickets");
    }

    @Test
    void everyLaterPageRepeatsOwnerVersionAndDateBesideTheTitle() {
        List<Scene> pages = JourneyLayout.pages(withProvenance(ExampleJourneys.damagedDelivery(), "en"),
                RenderOptions.defaults());

        assertThat(pages.size()).isGreaterThan(1);
        for (Scene page : pages.subList(1, pages.size())) {
            assertThat(lines(page)).contains("Owner: CX team \u00b7 Version 2.1 \u00b7 2026-11-30");
        }
    }

    @Test
    void speaksTheJourneysLanguage() {
        Scene scene = JourneyLayout.layout(withProvenance(ExampleJourneys.damagedDelivery(), "hr"),
                RenderOptions.defaults());

        assertThat(lines(scene)).contains("Vlasnik: CX team \u00b7 Verzija 2.1 \u00b7 2026-11-30");
    }

    @Test
    void aJourneyWithoutProvenanceHasNoSuchLines() {
        Scene scene = JourneyLayout.layout(ExampleJourneys.damagedDelivery(), RenderOptions.defaults());

        assertThat(lines(scene)).noneSatisfy(l -> assertThat(l).startsWith("Owner:"))
                .noneSatisfy(l -> assertThat(l).startsWith("Research:"));
    }

    private static List<String> lines(Scene scene) {
        return SceneChecks.texts(scene).stream().flatMap(t -> t.lines().stream()).map(TextLine::text).toList();
    }
}
