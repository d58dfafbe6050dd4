package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeContent() throws IOException {
        Path target = dir.resolve("map.svg");

        AtomicFiles.write(target, out -> out.write("<svg/>".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("<svg/>");
        assertThat(files()).containsExactly("map.svg");
    }

    /** While it is written, the new content is a hidden file beside the target that only its owner can read. */
    @Test
    void writesIntoAHiddenOwnerOnlyFileBesideTheTarget() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path target = dir.resolve("map.svg");
        List<String> seen = new java.util.ArrayList<>();

        AtomicFiles.write(target, out -> {
            for (String name : files()) {
                seen.add(name + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))));
            }
            out.write("<svg/>".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(seen).singleElement().asString().matches("\\.map\\.svg\\d+\\.tmp rw-------");
        assertThat(files()).containsExactly("map.svg");
    }

    @Test
    void leavesNoFileWhenWritingFailsHalfWay() {
        Path target = dir.resolve("map.svg");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("<svg><g>".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full");

        assertThat(files()).isEmpty();
    }

    @Test
    void keepsTheOlderFileIntactWhenWritingFails() throws IOException {
        Path target = Files.writeString(dir.resolve("map.svg"), "<svg>older</svg>");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("<svg><g>".getBytes(StandardCharsets.UTF_8));
                    throw new IllegalStateException("renderer bug");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(Files.readString(target)).isEqualTo("<svg>older</svg>");
        assertThat(files()).containsExactly("map.svg");
    }

    @Test
    void replacesAnOlderFileAndKeepsItsPermissions() throws IOException {
        Path target = Files.writeString(dir.resolve("map.svg"), "<svg>older</svg>");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw----"));

        AtomicFiles.write(target, out -> out.write("<svg>newer</svg>".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("<svg>newer</svg>");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-rw----");
    }

    @Test
    void makesNewFilesReadableByOthersLikeAnyOutput() throws IOException {
        Path target = dir.resolve("map.svg");

        AtomicFiles.write(target, out -> out.write('x'));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void refusesAFolderAsTarget() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("maps"));

        assertThatThrownBy(() -> AtomicFiles.write(folder, out -> out.write('x')))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is a folder");
        assertThat(files()).containsExactly("maps");
    }

    @Test
    void followsASymbolicLinkAndKeepsIt() throws IOException {
        Path real = Files.writeString(dir.resolve("v3.svg"), "<svg>older</svg>");
        Path link = Files.createSymbolicLink(dir.resolve("latest.svg"), real.getFileName());

        AtomicFiles.write(link, out -> out.write("<svg>newer</svg>".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("<svg>newer</svg>");
        assertThat(files()).containsExactly("latest.svg", "v3.svg");
    }

    @Test
    void followsADanglingSymbolicLinkAndKeepsIt() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("latest.svg"), Path.of("v4.svg"));

        AtomicFiles.write(link, out -> out.write("<svg>first</svg>".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("v4.svg"))).isEqualTo("<svg>first</svg>");
        assertThat(files()).containsExactly("latest.svg", "v4.svg");
    }

    @Test
    void refusesALoopOfLinks() throws IOException {
        Path a = Files.createSymbolicLink(dir.resolve("a.svg"), Path.of("b.svg"));
        Files.createSymbolicLink(dir.resolve("b.svg"), Path.of("a.svg"));

        assertThatThrownBy(() -> AtomicFiles.write(a, out -> out.write('x')))
                .hasMessageContaining("too many levels of symbolic links");
        assertThat(files()).containsExactly("a.svg", "b.svg");
    }

    @Test
    void writesIntoANamedPipeInsteadOfReplacingIt() throws Exception {
        Path pipe = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(pipe);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        AtomicFiles.write(pipe, out -> out.write("<svg/>".getBytes(StandardCharsets.UTF_8)));

        // The timeout only keeps a broken build from hanging; it asserts nothing about speed.
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo("<svg/>".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(files()).containsExactly("pipe");
    }

    private List<String> files() {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
