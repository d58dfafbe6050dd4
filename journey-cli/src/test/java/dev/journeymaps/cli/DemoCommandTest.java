package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void rendersEverySampleIntoJourneyOutByDefault() throws Exception {
        Cli.Run run = Cli.run(dir, "demo");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        // A map and a report per sample, then the index of the reports.
        assertThat(run.out().lines()).hasSize(2 * Samples.names().size() + 1)
                .allMatch(l -> l.startsWith("journey-out/"));
        assertThat(run.out().lines().toList()).contains(
                "journey-out/damaged-delivery-refund.svg",
                "journey-out/order-never-arrived.svg",
                "journey-out/saas-trial-onboarding.svg",
                "journey-out/damaged-delivery-refund.html",
                "journey-out/index.html");
        for (String path : run.out().lines().filter(l -> l.endsWith(".svg")).toList()) {
            RenderCommandTest.parse(Files.readAllBytes(dir.resolve(path)));
        }
        String index = Files.readString(dir.resolve("journey-out/index.html"));
        assertThat(index).contains("href=\"./order-never-arrived.html\"", "Pain points across all journeys");
    }

    @Test
    void writesIntoTheFolderGivenAndCreatesIt() {
        Cli.Run run = Cli.run(dir, "demo", "-o", "gallery/maps");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("gallery/maps/");
        assertThat(dir.resolve("gallery/maps/order-never-arrived.svg")).isRegularFile();
    }

    @Test
    void exitsOneWhenTheOutputIsAFile() throws IOException {
        Files.writeString(dir.resolve("taken"), "x");

        Cli.Run run = Cli.run(dir, "demo", "-o", "taken");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("journey: taken is a file; give a folder to write the maps into\n");
    }
}
