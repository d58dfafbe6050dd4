package dev.journeymaps.render.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Wraps text into lines that fit a width: breaks where the language allows (Unicode line breaking), breaks words
 * too long for a line between characters, and ends overlong text with an ellipsis.
 */
final class TextWrap {

    static final String ELLIPSIS = "\u2026";
    // No line holds more than this many characters at a readable size; longer candidates are cut before measuring.
    private static final int MAX_LINE_CHARS = 240;

    private final double size;
    private final boolean bold;
    private final double maxWidth;
    private final boolean ownLine;

    private TextWrap(double size, boolean bold, double maxWidth, boolean ownLine) {
        this.size = size;
        this.bold = bold;
        this.maxWidth = maxWidth;
        this.ownLine = ownLine;
    }

    /** {@code text} as lines of at most {@code maxWidth}, at most {@code maxLines} of them; empty for blank text. */
    static List<String> wrap(String text, double size, boolean bold, double maxWidth, int maxLines) {
        return wrap(text, size, bold, maxWidth, maxLines, false);
    }

    /**
     * As {@link #wrap}, but a word too long for any line starts a line of its own before it is broken: a slide's
     * narrow card broke "the order co / nfirmation" where "the order / confirmatio / n" keeps more of it together.
     */
    static List<String> wrapOnOwnLine(String text, double size, boolean bold, double maxWidth, int maxLines) {
        return wrap(text, size, bold, maxWidth, maxLines, true);
    }

    private static List<String> wrap(String text, double size, boolean bold, double maxWidth, int maxLines,
            boolean ownLine) {
        String clean = clean(text);
        if (clean.isEmpty() || maxLines < 1) {
            return List.of();
        }
        return Fonts.wrapped(new Fonts.Wrapping(clean, size, bold, maxWidth, maxLines, ownLine),
                w -> List.copyOf(new TextWrap(w.size(), w.bold(), w.maxWidth(), w.ownLine())
                        .lines(w.text(), w.maxLines())));
    }

    /**
     * {@code parts} joined by {@code separator} on at most {@code maxLines} lines of {@code maxWidth}, each line
     * broken between parts, never inside one unless a part alone is wider than a line; what does not fit the last
     * line ends in an ellipsis. For lists whose items must stay whole: a date, a name, "age: 34".
     */
    static List<String> parts(List<String> parts, String separator, double size, boolean bold, double maxWidth,
            int maxLines) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : parts) {
            if (clean(part).isEmpty()) {
                continue;
            }
            String joined = line.isEmpty() ? part : line + separator + part;
            if (line.isEmpty() || lines.size() == maxLines - 1 || width(clean(joined), size, bold) <= maxWidth) {
                line = joined;
            } else {
                lines.add(line(line, size, bold, maxWidth));
                line = part;
            }
        }
        if (!line.isEmpty() && maxLines > 0) {
            lines.add(line(line, size, bold, maxWidth));
        }
        return lines;
    }

    /** {@code text} on one line, ellipsised when it does not fit. */
    static String line(String text, double size, boolean bold, double maxWidth) {
        List<String> lines = wrap(text, size, bold, maxWidth, 1);
        return lines.isEmpty() ? "" : lines.get(0);
    }

    /** The measured width of {@code text}. */
    static double width(String text, double size, boolean bold) {
        return Fonts.width(text, size, bold);
    }

    /**
     * The text as it is drawn: control characters and lone surrogates dropped, runs of white space (line breaks
     * included) made one space, ends stripped.
     */
    static String clean(String text) {
        if (isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
            } else if (Character.getType(cp) != Character.CONTROL && Character.getType(cp) != Character.SURROGATE
                    && cp != 0xFFFE && cp != 0xFFFF) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Whether {@code text} is printable ASCII with single spaces between words: what {@link #clean} keeps as is. */
    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c > ' ' && c < 0x7F
                    || c == ' ' && i > 0 && i < text.length() - 1 && text.charAt(i - 1) != ' ';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private boolean fits(String s) {
        return Fonts.width(s, size, bold) <= maxWidth;
    }

    private List<String> lines(String text, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        // Text that breaks only after its spaces is split there (what the line breaker gives it, without running
        // it), and text of simple characters is measured stretch by stretch; the lines are the same either way.
        boolean atSpaces = breaksOnlyAtSpaces(text);
        Fonts.SimpleStretches stretches = atSpaces ? Fonts.simpleStretches(text, size, bold) : null;
        int[] ends = atSpaces ? spaceEnds(text) : lineBreakEnds(text);
        // Whether the line holds the text just before the word (always, but after a word broken over more lines
        // than any block shows), so that it and the word are one stretch of the text.
        boolean stretch = true;
        int start = 0;
        for (int end : ends) {
            String word = text.substring(start, end);
            boolean joinedFits = stretches != null && stretch
                    ? stretches.width(start - line.length(), end) <= maxWidth
                    : fits((line + word).stripTrailing());
            if (joinedFits) {
                line.append(word);
            } else if (line.length() > 0
                    && (stretches != null ? stretches.width(start, end) <= maxWidth : fits(word.stripTrailing()))) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                line.append(word);
                stretch = true;
            } else {
                if (ownLine && line.length() > 0) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    if (lines.size() >= maxLines) {
                        return ellipsised(lines.subList(0, maxLines), true);
                    }
                }
                breakWord(word, line, lines);
                stretch = line.length() <= end && text.startsWith(line.toString(), end - line.length());
            }
            if (lines.size() >= maxLines) {
                return ellipsised(lines.subList(0, maxLines), true);
            }
            start = end;
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines.size() > maxLines ? ellipsised(lines.subList(0, maxLines), true) : lines;
    }

    /** Where Unicode line breaking ends each piece of {@code text} that a line may end after. */
    private static int[] lineBreakEnds(String text) {
        BreakIterator words = BreakIterator.getLineInstance(Locale.ROOT);
        words.setText(text);
        int[] ends = new int[8];
        int n = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (n == ends.length) {
                ends = Arrays.copyOf(ends, 2 * n);
            }
            ends[n++] = end;
        }
        return Arrays.copyOf(ends, n);
    }

    /** The end of each piece of clean {@code text} that ends after a space, and of the last piece. */
    private static int[] spaceEnds(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                n++;
            }
        }
        int[] ends = new int[n];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                ends[k++] = i + 1;
            }
        }
        ends[k] = text.length();
        return ends;
    }

    /** What line breaking never breaks at, nor before or after, between letters and digits: see below. */
    private static final String INSIDE_WORDS = "/&#+=*@_$<>~^|\\'";
    /** What it breaks after when a letter or digit follows, but never when a space does: see below. */
    private static final String ENDING_WORDS = ".,:;?!)%";

    /**
     * Whether Unicode line breaking, as the JDK does it, breaks clean {@code text} after each of its single spaces and
     * nowhere else: text of ASCII letters, digits, spaces and {@link #INSIDE_WORDS}, with {@link #ENDING_WORDS} only
     * right after a word and before a space or the end ("1. Open the parcel, then check it."). Checked against the
     * JDK's line breaker on seeded texts (TextWrapTest); any other text is given to it.
     */
    static boolean breaksOnlyAtSpaces(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                continue;
            }
            if (c == ' ') {
                if (i == 0 || i == n - 1 || text.charAt(i - 1) == ' ') {
                    return false; // not clean: leading, trailing or double spaces
                }
                continue;
            }
            if (INSIDE_WORDS.indexOf(c) >= 0) {
                continue;
            }
            if (ENDING_WORDS.indexOf(c) >= 0 && i > 0 && text.charAt(i - 1) != ' '
                    && (i == n - 1 || text.charAt(i + 1) == ' ')) {
                continue;
            }
            return false;
        }
        return n > 0;
    }

    /** Appends a word too long for one line, grapheme by grapheme, moving full lines to {@code lines}. */
    private void breakWord(String word, StringBuilder line, List<String> lines) {
        BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
        chars.setText(word);
        int start = chars.first();
        for (int end = chars.next(); end != BreakIterator.DONE; start = end, end = chars.next()) {
            String grapheme = word.substring(start, end);
            if (line.length() > 0 && !fits((line + grapheme).stripTrailing())) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                if (lines.size() > 8) {
                    return; // more than any block shows; the caller ellipsises
                }
            }
            line.append(grapheme);
        }
    }

    private List<String> ellipsised(List<String> kept, boolean overflow) {
        List<String> out = new ArrayList<>(kept);
        int last = out.size() - 1;
        out.set(last, ellipsis(out.get(last), overflow));
        return out;
    }

    /** {@code s} cut at a grapheme boundary so that it and an ellipsis fit; as is when it fits and nothing is cut. */
    private String ellipsis(String s, boolean overflow) {
        if (!overflow && fits(s)) {
            return s;
        }
        String cut = s.length() > MAX_LINE_CHARS ? s.substring(0, MAX_LINE_CHARS) : s;
        BreakIterator chars = BreakIterator.getCharacterInstance(Locale.ROOT);
        chars.setText(cut);
        for (int end = chars.last(); end != BreakIterator.DONE && end > 0; end = chars.previous()) {
            String candidate = cut.substring(0, end).stripTrailing() + ELLIPSIS;
            if (fits(candidate)) {
                return candidate;
            }
        }
        return fits(ELLIPSIS) ? ELLIPSIS : "";
    }
}
