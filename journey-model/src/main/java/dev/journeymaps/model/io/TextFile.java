package dev.journeymaps.model.io;

import dev.journeymaps.model.SourceLocation;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a text file a tool was given (a journey, an included file, a theme, a Mermaid diagram) the one safe way:
 * only a regular file, after symbolic links are resolved, at most the document limit, and strictly UTF-8. A device
 * such as {@code /dev/zero} reports a size of 0 and never ends, and a named pipe blocks its reader forever: both are
 * refused before they are opened. Every failure is one problem that names the file.
 */
public final class TextFile {

    private TextFile() {}

    /**
     * What reading gave: the text, or the problem that stopped it.
     *
     * @param text the file's text, without a byte order mark (empty when there is a problem)
     * @param problem why the file was not read
     */
    public record Read(String text, Optional<Problem> problem) {
        public Read {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(problem, "problem");
        }

        static Read failed(Problem p) {
            return new Read("", Optional.of(p));
        }
    }

    /**
     * Reads {@code file}, named {@code name} in problems, if it is a regular file of at most {@code maxBytes} bytes
     * holding UTF-8. Problems: {@code io.unreadable} (missing, a folder, a device or pipe, unreadable),
     * {@code limit.too-large}, {@code io.bad-encoding} (at the line and column of the first bad byte).
     */
    public static Read read(Path file, String name, long maxBytes) {
        SourceLocation whole = SourceLocation.of(name, 0, 0);
        try {
            Path real = file.toRealPath();
            if (Files.isDirectory(real)) {
                return Read.failed(Problem.error("io.unreadable", "'" + name + "' is a folder, not a file", whole));
            }
            if (!Files.isRegularFile(real)) {
                return Read.failed(Problem.error("io.unreadable", "'" + name
                                + "' is not a regular file (a device, a pipe or a socket), so it is not read", whole)
                        .withHint("give the path of a file saved on disk"));
            }
            long size = Files.size(real);
            if (size > maxBytes) {
                return Read.failed(tooLarge(name, size, maxBytes));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real)) {
                // Read into one array of the size seen: readNBytes(limit) gathers chunks and copies them, holding the
                // file twice. A file can grow or shrink while it is read, so the end is checked, not assumed.
                byte[] sized = new byte[(int) size];
                int read = in.readNBytes(sized, 0, sized.length);
                if (in.read() >= 0) {
                    return Read.failed(Problem.error("io.unreadable", "'" + name + "' grew while it was read",
                            whole).withHint("read it again once whatever writes it has finished"));
                }
                bytes = read == sized.length ? sized : java.util.Arrays.copyOf(sized, read);
            }
            return decode(bytes, name);
        } catch (NoSuchFileException e) {
            return Read.failed(Problem.error("io.unreadable", "no such file: " + name, whole));
        } catch (IOException e) {
            return Read.failed(Problem.error("io.unreadable", "cannot read " + name + ": " + e.getMessage(), whole));
        }
    }

    /** {@code bytes} as UTF-8 text without a byte order mark, or {@code io.bad-encoding} at the first bad byte. */
    public static Read decode(byte[] bytes, String name) {
        // Decoded by String itself (decoding into a CharBuffer held the text twice more, two bytes a character and
        // then the copy: a third of a small heap for a file at the size limit), which replaces what is not UTF-8
        // with U+FFFD: only a text with one is decoded again, strictly, to tell a bad byte from a U+FFFD written.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            int bad = firstMalformed(bytes);
            if (bad >= 0) {
                return Read.failed(badEncoding(bytes, bad, name));
            }
        }
        return new Read(text.startsWith("\uFEFF") ? text.substring(1) : text, Optional.empty());
    }

    /** The offset of the first byte that is not UTF-8, or -1; decodes through a small buffer it reuses. */
    private static int firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chunk = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, chunk, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                chunk.clear();
                result = decoder.flush(chunk);
                return result.isError() ? in.position() : -1;
            }
            chunk.clear();
        }
    }

    static Problem tooLarge(String name, long size, long max) {
        return Problem.error("limit.too-large", "the file is " + size + " bytes, more than the limit of " + max,
                        SourceLocation.of(name, 1, 1))
                .withHint("split the file, or raise the limit with --max-size if the file is trusted");
    }

    private static Problem badEncoding(byte[] bytes, int bad, String name) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return Problem.error("io.bad-encoding", "the file is not valid UTF-8", SourceLocation.of(name, line, column))
                .withHint("save the file as UTF-8 (most editors offer it under 'Save with encoding')");
    }
}
