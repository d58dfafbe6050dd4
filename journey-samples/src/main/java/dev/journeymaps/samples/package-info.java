/**
 * Sample journeys with real content, bundled as resources, and an example of embedding the library in Java.
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.samples;
