package dev.journeymaps.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/format.md documents every key the reader accepts, in a table row of its own ({@code | `key` | type | ...}),
 * and documents no key the reader refuses: a key added to the reader without its documentation fails here.
 */
class FormatDocTest {

    private static final Path FORMAT = Path.of("../docs/format.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\|", Pattern.MULTILINE);

    private static Set<String> acceptedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        Stream.of(
                        JourneyBinder.TOP_KEYS,
                        JourneyBinder.JOURNEY_KEYS,
                        JourneyBinder.PERSONA_KEYS,
                        PersonaIncludes.INCLUDE_KEYS,
                        PersonaIncludes.FILE_KEYS,
                        JourneyBinder.STAGE_KEYS,
                        TouchpointBinder.TOUCHPOINT_KEYS,
                        TouchpointBinder.PAIN_POINT_KEYS,
                        TouchpointBinder.OPPORTUNITY_KEYS,
                        TouchpointBinder.METRIC_KEYS,
                        TouchpointBinder.NEXT_KEYS,
                        SettingsBinder.SOURCE_KEYS,
                        SettingsBinder.SURVEY_KEYS,
                        SettingsBinder.SCALE_KEYS,
                        SettingsBinder.TARGET_KEYS,
                        SettingsBinder.CUSTOMER_KEYS,
                        SettingsBinder.VALUE_KEYS,
                        SettingsBinder.CHURN_KEYS,
                        SettingsBinder.ANALYSIS_KEYS,
                        SettingsBinder.WEIGHT_KEYS)
                .flatMap(List::stream)
                .forEach(keys::add);
        return keys;
    }

    private static Set<String> documentedKeys() throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = ROW.matcher(Files.readString(FORMAT));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    @Test
    void everyAcceptedKeyIsDocumented() throws IOException {
        assertThat(documentedKeys()).containsAll(acceptedKeys());
    }

    @Test
    void everyDocumentedKeyIsAccepted() throws IOException {
        // Emotion names and severities are values, not keys, and are listed in tables of their own.
        Set<String> documented = documentedKeys();
        documented.removeAll(List.of("angry", "frustrated", "neutral", "happy", "delighted"));
        assertThat(acceptedKeys()).containsAll(documented);
    }
}
