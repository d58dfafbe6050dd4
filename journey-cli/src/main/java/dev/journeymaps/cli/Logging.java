package dev.journeymaps.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the libraries' own logging unless {@code --verbose} asks for it.
 *
 * <p>Batik and FOP log through commons-logging, which hands over to SLF4J when SLF4J is present; Thymeleaf logs
 * through SLF4J; the JDK logs through java.util.logging. Their notes ("font not found", "template cached") are for
 * their developers, not for someone drawing a map: by default none of them reaches stderr, where our own problems go.
 * The SLF4J provider is slf4j-simple, which reads its level once, when the first logger is made: so the level is
 * chosen here, before a command runs and loads any of those libraries.
 */
final class Logging {

    static final String SLF4J_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Logging() {}

    /** Off, or {@code info} and above on stderr with the logger's name when {@code verbose}. */
    static void configure(boolean verbose) {
        // An explicit -D on the java command line wins, so a bug report can ask for debug output.
        if (System.getProperty(SLF4J_LEVEL) == null) {
            System.setProperty(SLF4J_LEVEL, verbose ? "info" : "off");
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        Logger.getLogger("").setLevel(verbose ? Level.INFO : Level.OFF);
    }
}
