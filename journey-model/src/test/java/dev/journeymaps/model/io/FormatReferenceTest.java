package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymaps.model.io.FormatReference.Section;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The format is described once: the keys the binders accept, the JSON Schema and the key tables of docs/format.md all
 * come from {@link FormatReference}. After changing it, regenerate the tables with
 * {@code ./mvnw -B -q -pl journey-model test -Dtest=FormatReferenceTest -Djourney.updateDocs=true} and review the diff.
 */
class FormatReferenceTest {

    private static final Path FORMAT_MD = Path.of("../docs/format.md");
    private static final Pattern REGION = Pattern.compile(
            "(<!-- generated: ([a-z-]+) [^\\n]*-->\\n)(.*?)(<!-- end generated: \\2 -->)", Pattern.DOTALL);

    @Test
    void describesExactlyTheKeysTheReaderAccepts() {
        assertThat(FormatReference.TOP.keyNames()).isEqualTo(JourneyBinder.TOP_KEYS);
        assertThat(FormatReference.JOURNEY.keyNames()).isEqualTo(JourneyBinder.JOURNEY_KEYS);
        assertThat(FormatReference.SOURCE.keyNames()).isEqualTo(SettingsBinder.SOURCE_KEYS);
        assertThat(FormatReference.SURVEY.keyNames()).isEqualTo(SettingsBinder.SURVEY_KEYS);
        assertThat(FormatReference.SCALES.keyNames()).isEqualTo(SettingsBinder.SCALE_KEYS);
        assertThat(FormatReference.TARGETS.keyNames()).isEqualTo(SettingsBinder.TARGET_KEYS);
        assertThat(FormatReference.CUSTOMERS.keyNames()).isEqualTo(SettingsBinder.CUSTOMER_KEYS);
        assertThat(FormatReference.VALUE.keyNames()).isEqualTo(SettingsBinder.VALUE_KEYS);
        assertThat(FormatReference.CHURN.keyNames()).isEqualTo(SettingsBinder.CHURN_KEYS);
        assertThat(FormatReference.ANALYSIS.keyNames()).isEqualTo(SettingsBinder.ANALYSIS_KEYS);
        assertThat(FormatReference.WEIGHTS.keyNames()).isEqualTo(SettingsBinder.WEIGHT_KEYS);
        assertThat(FormatReference.PERSONA.keyNames()).isEqualTo(JourneyBinder.PERSONA_KEYS);
        assertThat(FormatReference.PERSONA_INCLUDE.keyNames()).isEqualTo(PersonaIncludes.INCLUDE_KEYS);
        assertThat(FormatReference.PERSONA_FILE.keyNames()).isEqualTo(PersonaIncludes.FILE_KEYS);
        assertThat(FormatReference.STAGE.keyNames()).isEqualTo(JourneyBinder.STAGE_KEYS);
        assertThat(FormatReference.TOUCHPOINT.keyNames()).isEqualTo(TouchpointBinder.TOUCHPOINT_KEYS);
        assertThat(FormatReference.PAIN_POINT.keyNames()).isEqualTo(TouchpointBinder.PAIN_POINT_KEYS);
        assertThat(FormatReference.OPPORTUNITY.keyNames()).isEqualTo(TouchpointBinder.OPPORTUNITY_KEYS);
        assertThat(FormatReference.METRICS.keyNames()).isEqualTo(TouchpointBinder.METRIC_KEYS);
        assertThat(FormatReference.STEP.keyNames()).isEqualTo(TouchpointBinder.NEXT_KEYS);
    }

    @Test
    void everyKeyHasAMeaningTypeAndDefault() {
        for (Section s : FormatReference.SECTIONS) {
            assertThat(s.description()).as(s.name()).isNotBlank();
            s.keys().forEach(k -> {
                assertThat(k.description()).as(s.name() + "." + k.name()).isNotBlank().endsWith(".");
                assertThat(k.type()).as(s.name() + "." + k.name()).isNotBlank();
                assertThat(k.defaultValue()).as(s.name() + "." + k.name()).isNotNull();
            });
        }
    }

    @Test
    void formatDocShowsTheGeneratedKeyTables() throws IOException {
        String doc = Files.readString(FORMAT_MD, StandardCharsets.UTF_8);
        String fresh = regenerate(doc);
        if (Boolean.getBoolean("journey.updateDocs")) {
            Files.writeString(FORMAT_MD, fresh, StandardCharsets.UTF_8);
            doc = fresh;
        }
        assertThat(regionNames(doc))
                .as("every section has a generated table in docs/format.md")
                .containsExactlyElementsOf(FormatReference.SECTIONS.stream().map(Section::name).toList());
        assertThat(doc)
                .as("docs/format.md is stale: run ./mvnw -B -q -pl journey-model test -Dtest=FormatReferenceTest"
                        + " -Djourney.updateDocs=true")
                .isEqualTo(fresh);
    }

    private static String regenerate(String doc) {
        Matcher m = REGION.matcher(doc);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Section section = FormatReference.SECTIONS.stream()
                    .filter(s -> s.name().equals(m.group(2)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("docs/format.md names an unknown section " + m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement(
                    m.group(1) + JourneySchema.markdown(section) + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> regionNames(String doc) {
        return REGION.matcher(doc).results().map(r -> r.group(2)).toList();
    }
}
