package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code JourneyCommand.main} in its own JVM, as the jar does: real stdout, stderr, exit code and locale. */
class MainTest {

    @TempDir
    Path dir;

    record Process(int exit, String out, String err) {}

    private Process run(String... args) throws IOException, InterruptedException {
        return run(List.of(), Map.of(), args);
    }

    private Process run(List<String> javaOptions, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(javaOptions);
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                JourneyCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        // The plainest locale there is: output must still be UTF-8.
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        builder.environment().remove("JOURNEY_DEBUG");
        builder.environment().putAll(environment);
        java.lang.Process process = builder.start();
        // Only keeps a broken build from hanging; asserts nothing about speed.
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Process(
                process.exitValue(),
                Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
    }

    @Test
    void messagesBeforeAnEarlyReturnReachStderr() throws Exception {
        Process run = run("render", "missing.yaml");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("journey: no such file: missing.yaml\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void writesUtf8WhateverTheLocale() throws Exception {
        Files.writeString(dir.resolve("kava.yaml"), """
                journey:
                  id: kava
                  title: Čaša kave — café
                stages:
                  - id: narudzba
                    name: Narudžba
                    touchpoints:
                      - id: pult
                        name: Naručuje za šankom
                """, StandardCharsets.UTF_8);

        Process run = run("render", "kava.yaml", "-o", "-");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("<?xml").contains("Čaša kave — café", "Naručuje za šankom");
    }

    @Test
    void runningOutOfMemorySaysWhatToDoInOneLineWithoutAStackTrace() throws Exception {
        Files.writeString(dir.resolve("big.yaml"), manyTouchpoints(20_000));

        Process run = run(List.of("-Xmx24m"), Map.of(), "render", "big.yaml", "-o", "big.html");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: ").contains("JOURNEY_JAVA_OPTS").doesNotContain("\tat ")
                .hasLineCount(1);
        assertThat(dir.resolve("big.html")).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**/.*.tmp");
    }

    @Test
    void journeyDebugShowsTheStackTrace() throws Exception {
        Files.writeString(dir.resolve("j.yaml"), manyTouchpoints(1));

        Process quiet = run(List.of(), Map.of(), "render", "j.yaml", "-o", "no-such-folder/j.svg");
        Process debug = run(List.of(), Map.of("JOURNEY_DEBUG", "1"), "render", "j.yaml", "-o", "no-such-folder/j.svg");

        assertThat(quiet.exit()).isEqualTo(1);
        assertThat(quiet.err()).hasLineCount(1).doesNotContain("\tat ");
        assertThat(debug.exit()).isEqualTo(1);
        assertThat(debug.err()).startsWith(quiet.err()).contains("\tat ");
    }

    @Test
    @EnabledOnOs(OS.LINUX) // /dev/full: a device that is always full
    void aFailedWriteToStandardOutputIsAnErrorNotASuccess() throws Exception {
        Files.writeString(dir.resolve("j.yaml"), manyTouchpoints(1));
        for (List<String> args : List.of(List.of("render", "j.yaml", "-o", "-"), List.of("schema"),
                List.of("validate", "--format", "json", "j.yaml"))) {
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), JourneyCommand.class.getName()));
            command.addAll(args);
            java.lang.Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(new java.io.File("/dev/full")).redirectError(dir.resolve("stderr").toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(dir.resolve("stderr"));
            assertThat(process.exitValue()).as(args + ": " + err).isEqualTo(1);
            assertThat(err).as(args.toString()).isEqualTo("journey: cannot write to standard output (disk full or"
                    + " output closed)\n");
        }
    }

    static String manyTouchpoints(int count) {
        StringBuilder yaml = new StringBuilder("journey: {id: big, title: Big}\nstages:\n  - id: s\n    name: S\n"
                + "    touchpoints:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("      - {id: t").append(i).append(", name: Step ").append(i).append("}\n");
        }
        return yaml.toString();
    }
}
