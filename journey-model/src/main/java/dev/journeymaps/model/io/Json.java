package dev.journeymaps.model.io;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way the model writes JSON (analysis, diff, problems, schema, journeys): Jackson's default layout with
 * {@code \n} line breaks on every platform and a final line break, so the same input gives the same bytes on
 * Windows and Linux. One configured writer, built once, instead of one mapper per output with its own line-break fix.
 */
final class Json {

    private static final ObjectWriter PRETTY = JsonMapper.builder().build().writer().with(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {}

    /** The configured writer, for output streamed with a generator (a large analysis, one touchpoint at a time). */
    static ObjectWriter writer() {
        return PRETTY;
    }

    /** {@code value} (a Jackson tree, a map, a list or a record) as pretty-printed JSON ending in a line break. */
    static String pretty(Object value) {
        return PRETTY.writeValueAsString(value) + "\n";
    }
}
