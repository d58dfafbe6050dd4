/**
 * The {@code journey} command: picocli lives here and nowhere else. Commands are thin; the work is in the library.
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.cli;
