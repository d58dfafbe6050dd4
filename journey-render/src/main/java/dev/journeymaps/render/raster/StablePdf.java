package dev.journeymaps.render.raster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Makes a PDF written by FOP the same bytes for the same map: FOP writes the clock into every PDF, as its creation
 * date and in the file identifier it derives from the time. Both are rewritten in place, at the same length, so every
 * offset in the cross-reference table stays right: the creation date (optional in PDF) becomes spaces, the identifier
 * the MD5 digest of the document itself, as the PDF specification suggests.
 */
final class StablePdf {

    private static final byte[] DATE = ascii("/CreationDate (");
    private static final byte[] ID = ascii("/ID [<");
    private static final int ID_DIGITS = 32;

    private StablePdf() {}

    /** {@code pdf}, its creation date blanked and its identifier derived from its content; changed in place. */
    static byte[] of(byte[] pdf) {
        int date = lastIndexOf(pdf, DATE);
        if (date >= 0) {
            int end = indexOf(pdf, (byte) ')', date + DATE.length);
            Arrays.fill(pdf, date, end + 1, (byte) ' ');
        }
        int id = lastIndexOf(pdf, ID);
        if (id < 0) {
            return pdf;
        }
        // Two identifiers of 16 bytes, the original and the current one: "/ID [<hex> <hex>]".
        int first = id + ID.length;
        int second = first + ID_DIGITS + 3;
        if (second + ID_DIGITS > pdf.length || pdf[first + ID_DIGITS] != '>' || pdf[second - 1] != '<') {
            throw new IllegalStateException("unexpected PDF file identifier");
        }
        Arrays.fill(pdf, first, first + ID_DIGITS, (byte) '0');
        Arrays.fill(pdf, second, second + ID_DIGITS, (byte) '0');
        byte[] digest = ascii(HexFormat.of().withUpperCase().formatHex(md5(pdf)));
        System.arraycopy(digest, 0, pdf, first, ID_DIGITS);
        System.arraycopy(digest, 0, pdf, second, ID_DIGITS);
        return pdf;
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private static int lastIndexOf(byte[] bytes, byte[] part) {
        for (int i = bytes.length - part.length; i >= 0; i--) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalStateException("unterminated PDF string");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
