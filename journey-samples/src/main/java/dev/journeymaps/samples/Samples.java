package dev.journeymaps.samples;

import dev.journeymaps.model.io.IncludeSource;
import dev.journeymaps.model.validate.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The sample journeys bundled with journey-maps, as YAML resources under {@code samples/}.
 *
 * <pre>{@code
 * for (String name : Samples.names()) {
 *     ReadResult result = JourneyLoader.load(Samples.read(name), name, Samples.includes());
 * }
 * }</pre>
 *
 * <p>Some samples share personas ({@code personas: {include: personas/grocery-shoppers.yaml}}) and name survey
 * files; {@link #includes()} reads the shared personas from the class path.
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

    /** The files the samples include or name, relative to the samples folder; listed by hand like the samples. */
    private static final List<String> COMPANIONS = List.of(
            "personas/grocery-shoppers.yaml",
            "kafic-csat-answers.csv",
            "saas-trial-survey.csv");

    private Samples() {}

    /**
     * The files next to the samples that some of them include (shared personas) or name (survey answers), such as
     * {@code personas/grocery-shoppers.yaml}: copy them along with the samples to read those from a folder.
     */
    public static List<String> companionFiles() {
        return COMPANIONS;
    }

    /** The file names of the bundled samples, such as {@code order-never-arrived.yaml}, in a fixed order. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Opens the sample or companion file {@code name}; the caller closes the stream.
     *
     * @throws IllegalArgumentException when {@code name} is not one of {@link #names()} or
     *     {@link #companionFiles()}
     */
    public static InputStream open(String name) {
        if (!NAMES.contains(name) && !COMPANIONS.contains(name)) {
            throw new IllegalArgumentException("no sample named '" + name + "'; samples are " + NAMES);
        }
        InputStream in = Samples.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("sample " + name + " is missing from the class path");
        }
        return in;
    }

    /**
     * The persona files the samples include, read from the class path relative to the sample that names them. A path
     * that leaves the samples folder is {@code include.outside-root}; one that names nothing is
     * {@code include.not-found}.
     */
    public static IncludeSource includes() {
        return (from, written, at) -> {
            String base = from.startsWith(FOLDER) ? from.substring(FOLDER.length()) : from;
            Optional<String> resolved = resolve(base, written);
            if (resolved.isEmpty()) {
                return IncludeSource.Included.failed(Problem.error("include.outside-root",
                        "cannot include '" + written + "': it points outside the samples folder", at));
            }
            String relative = resolved.get();
            try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(FOLDER + relative)) {
                if (in == null) {
                    return IncludeSource.Included.failed(Problem.error("include.not-found",
                            "no file '" + written + "' to include next to " + from, at));
                }
                String name = from.startsWith(FOLDER) ? FOLDER + relative : relative;
                return IncludeSource.Included.of(name, relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + FOLDER + relative, e);
            }
        };
    }

    /** {@code written} relative to the folder of {@code base}, inside the samples folder; empty when it leaves it. */
    private static Optional<String> resolve(String base, String written) {
        if (written.startsWith("/") || written.contains("\\") || written.isBlank()) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>(List.of(base.split("/")));
        parts.pollLast();
        for (String part : written.split("/")) {
            if (part.equals("..")) {
                if (parts.pollLast() == null) {
                    return Optional.empty();
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /**
     * The text of the sample or companion file {@code name}.
     *
     * @throws IllegalArgumentException when {@code name} is not one of {@link #names()} or
     *     {@link #companionFiles()}
     */
    public static String read(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + name, e);
        }
    }
}
