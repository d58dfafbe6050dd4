package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated journey of 2,000 touchpoints renders to a complete PNG (64 megapixels, the default budget) and to a PDF
 * of one A3 page per row part, each in a JVM of its own with a 256 MB heap: the PNG is drawn and encoded a band at a
 * time, the PDF written a page at a time (issue 15). Here the heap is the test: in a larger one, this would pass
 * whether the pictures are banded or not. About 30-40 s each on a loaded 2-core machine, so on demand with the other
 * bounded-memory tests ({@code -Djourney.skipBigTests=false}).
 */
class BoundedMemoryRasterTest {

    private static final int TOUCHPOINTS = 2_000;

    @TempDir
    static Path work;
    private static Path journey;

    @BeforeAll
    static void writeJourney() throws IOException {
        journey = BigJourneys.write(work.resolve("big.yaml"), TOUCHPOINTS, "Two thousand touchpoints");
    }

    @Test
    void twoThousandTouchpointsRenderToACompletePngIn256Megabytes() throws IOException, InterruptedException {
        Path png = work.resolve("big.png");

        journeyIn256Megabytes("render", journey.toString(), "-o", png.toString());

        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            // The whole picture the budget allows (64 megapixels), not a part of it...
            assertThat((long) width * height).isBetween(60_000_000L, 64_000_000L);
            // ...drawn down to its last band: the bottom twentieth holds the last row of cards, not background.
            ImageReadParam bottom = reader.getDefaultReadParam();
            bottom.setSourceRegion(new Rectangle(0, height - height / 20, width, height / 20));
            bottom.setSourceSubsampling(3, 1, 0, 0);
            assertThat(colours(reader.read(0, bottom))).as("colours in the bottom band").hasSizeGreaterThan(100);
            reader.dispose();
        }
    }

    @Test
    void twoThousandTouchpointsRenderToAPdfIn256Megabytes() throws IOException, InterruptedException {
        Path pdf = work.resolve("big.pdf");

        journeyIn256Megabytes("render", journey.toString(), "-o", pdf.toString());

        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-").endsWith("%%EOF\n");
        Matcher count = Pattern.compile("/Count (\\d+)").matcher(text);
        assertThat(count.find()).isTrue();
        int pages = Integer.parseInt(count.group(1));
        assertThat(pages).as("one A3 page per row part").isGreaterThan(100);
        assertThat(Pattern.compile("/Type /Page\\s").matcher(text).results().count()).isEqualTo(pages);
    }

    /** Runs the command in a JVM of its own with a 256 MB heap and the launcher's collector; it must succeed. */
    private static void journeyIn256Megabytes(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), JourneyCommand.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("journey.log").toFile()).start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(work.resolve("journey.log"))).isZero();
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x++) {
                seen.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return seen;
    }
}
