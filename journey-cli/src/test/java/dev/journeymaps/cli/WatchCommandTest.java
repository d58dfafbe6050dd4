package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey watch}'s own messages for ports it cannot serve on, instead of the JDK's. */
class WatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void refusesAPortOutOfRangeWithItsOwnMessage() throws Exception {
        Files.writeString(dir.resolve("j.yaml"), MainTest.manyTouchpoints(1));

        Cli.Run run = Cli.run(dir, "watch", "j.yaml", "--port", "99999");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("journey: --port must be 0 to 65535 (0 picks a free one), was 99999\n");
    }

    @Test
    void saysWhenThePortIsTaken() throws Exception {
        Files.writeString(dir.resolve("j.yaml"), MainTest.manyTouchpoints(1));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Run run = Cli.run(dir, "watch", "j.yaml", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("journey: cannot serve on port " + taken.getLocalPort() + ": it is in use"
                    + " or not allowed here; choose another with --port (0 picks a free one)\n");
        }
    }
}
