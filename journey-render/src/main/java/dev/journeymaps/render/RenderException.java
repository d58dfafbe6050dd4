package dev.journeymaps.render;

/**
 * A map could not be rendered or written: an I/O failure, or a failure of an underlying library (whose exceptions
 * never leave the renderers). Journeys with mistakes are not a reason: validate them first; renderers draw what is
 * there.
 */
public class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public RenderException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
