package dev.journeymaps.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sample journeys bundled with journey-maps, as YAML resources under {@code samples/}.
 *
 * <pre>{@code
 * for (String name : Samples.names()) {
 *     ReadResult result = JourneyReader.read(Samples.read(name), name);
 * }
 * }</pre>
 */
public final class Samples {

    /** Where the samples live on the class path. */
    static final String FOLDER = "samples/";

    // Listed by hand because a folder inside a jar cannot be listed portably; SamplesTest checks it against the folder.
    private static final List<String> NAMES = List.of(
            "damaged-delivery-refund.yaml",
            "order-never-arrived.yaml",
            "saas-trial-onboarding.yaml",
            "pet-food-return.yaml",
            "kafic-csat.yaml",
            "jewellery-store-and-online.yaml",
            "grocery-visit-current.yaml",
            "grocery-visit-future.yaml",
            "social-customer-care.yaml",
            "subscription-cancellation-fa.yaml",
            "three-languages-support.yaml");

    private Samples() {}

    /** The file names of the bundled samples, such as {@code order-never-arrived.yaml}, in a fixed order. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Opens the sample {@code name}; the caller closes the stream.
     *
     * @throws IllegalArgumentException when {@code name} is not one of {@link #names()}
     */
    public static InputStream open(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no sample named '" + name + "'; samples are " + NAMES);
        }
        InputStream in = Samples.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("sample " + name + " is missing from the class path");
        }
        return in;
    }

    /**
     * The text of the sample {@code name}.
     *
     * @throws IllegalArgumentException when {@code name} is not one of {@link #names()}
     */
    public static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + name, e);
        }
    }
}
