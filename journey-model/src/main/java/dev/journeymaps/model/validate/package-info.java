/**
 * Checks of a journey as a whole, each a small rule that returns {@link dev.journeymaps.model.validate.Problem}
 * values with a stable code.
 *
 * <p>Null policy: no method takes or returns {@code null}.
 */
package dev.journeymaps.model.validate;
