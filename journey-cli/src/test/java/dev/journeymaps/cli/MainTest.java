package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code JourneyCommand.main} in its own JVM, as the jar does: real stdout, stderr, exit code and locale. */
class MainTest {

    @TempDir
    Path dir;

    record Process(int exit, String out, String err) {}

    private Process run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                JourneyCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        // The plainest locale there is: output must still be UTF-8.
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
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
}
