package dev.journeymaps.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/embedding.md quotes the tagged regions of EmbeddingExample word for word, so the guide runs as written. */
class EmbeddingDocTest {

    private static final Path EXAMPLE = Path.of("src/main/java/dev/journeymaps/samples/EmbeddingExample.java");
    private static final Path GUIDE = Path.of("../docs/embedding.md");

    @ParameterizedTest
    @ValueSource(strings = {"build", "load", "render", "analyse", "hotspots", "files"})
    void guideQuotesTheRegion(String tag) throws IOException {
        String block = "```java\n" + region(Files.readString(EXAMPLE), tag) + "```\n";

        assertThat(Files.readString(GUIDE)).as("docs/embedding.md quotes region '%s' of EmbeddingExample", tag)
                .contains(block);
    }

    /** The lines between {@code // tag::name[]} and {@code // end::name[]}, without their common indentation. */
    static String region(String source, String tag) {
        Matcher m = Pattern.compile("// tag::" + tag + "\\[\\]\\n(.*?)\\n[ \\t]*// end::" + tag + "\\[\\]",
                        Pattern.DOTALL)
                .matcher(source);
        assertThat(m.find()).as("region %s in EmbeddingExample", tag).isTrue();
        return m.group(1).stripIndent() + "\n";
    }
}
