package dev.journeymaps.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An output format for a journey map, with the file extension and media type it is written with. */
public enum Format {
    SVG("svg", "image/svg+xml"),
    PNG("png", "image/png"),
    PDF("pdf", "application/pdf"),
    HTML("html", "text/html"),
    MD("md", "text/markdown"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private final String extension;
    private final String mediaType;

    Format(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file extension without the dot, such as {@code svg}. */
    public String extension() {
        return extension;
    }

    /** The IANA media type, such as {@code image/svg+xml}. */
    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code name} ({@code svg}, {@code PNG}, ...; case-insensitive), or empty. */
    public static Optional<Format> parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }

    /** The format a file name's extension stands for ({@code map.svg} gives SVG), or empty. */
    public static Optional<Format> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : parse(fileName.substring(dot + 1));
    }
}
