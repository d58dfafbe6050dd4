package dev.journeymaps.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code journey init FILE [--template NAME] [--force]}: a commented journey to start from. */
@Command(
        name = "init",
        description = {
            "Write a commented journey to start from, with the schema header for completion in editors.",
            "Also writes journey.schema.json next to it, unless one is there, so completion works at once. Never"
                    + " replaces an existing journey without --force.",
            ""
        },
        footerHeading = "%nExamples:%n",
        footer = {"  journey init checkout.yaml", "  journey init onboarding.yaml --template saas-onboarding"})
final class InitCommand implements Callable<Integer> {

    /** The starting points, from an empty outline to complete journeys of common kinds. */
    enum Template {
        blank,
        ecommerce,
        saas_onboarding,
        support;

        String fileName() {
            return name().replace('_', '-') + ".yaml";
        }

        @Override
        public String toString() {
            return name().replace('_', '-');
        }
    }

    @ParentCommand
    JourneyCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The journey file to create (.yaml).")
    Path file;

    @Option(
            names = {"-t", "--template"},
            paramLabel = "NAME",
            defaultValue = "blank",
            converter = TemplateConverter.class,
            description = "What to start from: blank, ecommerce, saas-onboarding or support. Default: blank.")
    Template template = Template.blank;

    @Option(names = {"-f", "--force"}, description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path target = parent.resolve(file);
        if (Files.exists(target) && !force) {
            err.print("journey: " + file + " exists; nothing was written (use --force to replace it)\n");
            return JourneyCommand.EXIT_USAGE;
        }
        String text = withId(text(template).replace("{{file}}", file.toString()), idFor(file));
        AtomicFiles.write(target, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
        out.print(file + "\n");
        SchemaFile.writeNextTo(target, file, out);
        out.flush();
        err.print("journey: next: open " + file + " in an editor with the YAML extension for completion, then run"
                + " 'journey validate " + file + "' and 'journey render " + file + "'\n");
        err.flush();
        return JourneyCommand.EXIT_OK;
    }

    /**
     * The journey id made from the file name ({@code checkout.yaml} gives {@code checkout}), so that
     * {@code journey render checkout.yaml} writes {@code checkout.svg}; empty when the name makes no id.
     */
    static String idFor(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String id = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-")
                .replaceAll("^[-_]+|-+$", "");
        return id.length() > 64 ? id.substring(0, 64).replaceAll("-+$", "") : id;
    }

    /** {@code text} with the journey's own id (the first {@code id:} under {@code journey:}) replaced by {@code id}. */
    static String withId(String text, String id) {
        return id.isEmpty() ? text : text.replaceFirst("(?m)^(  id: )[A-Za-z0-9_-]+", "$1" + id);
    }

    /** The template's text as shipped in the jar. */
    static String text(Template template) {
        try (InputStream in = InitCommand.class.getResourceAsStream("templates/" + template.fileName())) {
            if (in == null) {
                throw new IllegalStateException("template missing from the jar: " + template.fileName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accepts template names as users write them, with a hyphen. */
    static final class TemplateConverter implements picocli.CommandLine.ITypeConverter<Template> {
        @Override
        public Template convert(String value) {
            for (Template t : Template.values()) {
                if (t.toString().equalsIgnoreCase(value.strip())) {
                    return t;
                }
            }
            throw new picocli.CommandLine.TypeConversionException(
                    "unknown template '" + value + "'; choose blank, ecommerce, saas-onboarding or support");
        }
    }
}
