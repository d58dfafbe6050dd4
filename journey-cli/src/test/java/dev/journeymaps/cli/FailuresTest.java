package dev.journeymaps.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void aClassThatRanOutOfMemoryInitialisingIsReportedAsOutOfMemory() {
        // What the JDK throws at every later use of a class whose static initialiser ran out of memory (seen when a
        // fork-join pool's helper class failed near the heap's edge): the out-of-memory is only named in a message.
        Throwable later = new NoClassDefFoundError("Could not initialize class java.util.concurrent.ForkJoinTask$Aux");
        later.initCause(new ExceptionInInitializerError(
                "Exception java.lang.OutOfMemoryError: Java heap space [in thread \"main\"]"));

        assertThat(Failures.isOutOfMemory(later)).isTrue();
        assertThat(Failures.describeFatal(later)).startsWith("out of memory: ").contains("JOURNEY_JAVA_OPTS");
        assertThat(Failures.isOutOfMemory(new RuntimeException("wrapped", new OutOfMemoryError()))).isTrue();
    }

    @Test
    void otherLinkageErrorsAreNotOutOfMemory() {
        Throwable missing = new NoClassDefFoundError("org/apache/batik/Missing");

        assertThat(Failures.isOutOfMemory(missing)).isFalse();
        assertThat(Failures.describeFatal(missing)).doesNotStartWith("out of memory");
        assertThat(Failures.isOutOfMemory(new IllegalStateException("no"))).isFalse();
    }
}
