package dev.journeymaps.render.html;

import tools.jackson.databind.json.JsonMapper;

/**
 * Data for the report's script, as JSON that is safe inside {@code <script type="application/json">}: whatever the
 * text holds, it can neither close the element nor open a comment, and it parses the same with {@code JSON.parse}.
 */
final class ScriptJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScriptJson() {}

    /** {@code value} as JSON with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 written as {@code \}{@code uXXXX}. */
    static String of(Object value) {
        return escape(JSON.writeValueAsString(value));
    }

    /**
     * Escapes the characters an HTML parser or an old JavaScript engine would act on. They can only occur inside JSON
     * strings (JSON's own syntax has none of them), where a {@code \}{@code uXXXX} escape means the same character.
     */
    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
