package dev.journeymaps.model.mermaid;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mermaid's entity codes ({@code #35;} for {@code #}, {@code #58;} for {@code :}, {@code #quot;}). Mermaid hides them
 * from its lexer before parsing, so a {@code #} or {@code ;} inside one neither starts a comment nor ends a statement;
 * {@link #protect} does the same with private-use characters, {@link #decode} turns them into the characters meant.
 */
final class Entities {

    private static final Pattern CODE = Pattern.compile("#(\\w+);");
    private static final Pattern PROTECTED = Pattern.compile("\uE000(\\w+)\uE001");
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> NAMED = Map.of(
            "quot", "\"", "amp", "&", "lt", "<", "gt", ">", "apos", "'", "nbsp", "\u00A0", "hash", "#");

    private Entities() {}

    static String protect(String line) {
        return CODE.matcher(line).replaceAll("\uE000$1\uE001");
    }

    /** The text meant: entity codes decoded, {@code <br>} as a line break. Unknown codes stay as written. */
    static String decode(String text) {
        Matcher m = PROTECTED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(character(m.group(1))));
        }
        m.appendTail(out);
        return BREAK.matcher(out).replaceAll("\n");
    }

    private static String character(String code) {
        if (code.chars().allMatch(Character::isDigit) && code.length() <= 7) {
            int cp = Integer.parseInt(code);
            if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                return new String(Character.toChars(cp));
            }
        }
        return NAMED.getOrDefault(code, "#" + code + ";");
    }

    /**
     * {@code text} as Mermaid can carry it: {@code #}, {@code :}, {@code ;}, {@code <}, tabs (and {@code extra}) as
     * entity codes, so none of them is read as syntax, and line breaks as {@code <br>}.
     */
    static String encode(String text, String extra) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '#' || cp == ':' || cp == ';' || cp == '<' || cp == '\t' || cp == '\r'
                    || extra.indexOf(cp) >= 0) {
                b.append('#').append(cp).append(';');
            } else if (cp == '\n') {
                b.append("<br>");
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString().strip();
    }
}
