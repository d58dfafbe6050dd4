package dev.journeymaps.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The budget's two questions must agree: the units it says fit do, and one more does not. */
class MemoryBudgetTest {

    @Test
    void theUnitsThatFitAreExactlyThoseFitsAccepts() {
        for (long bytesEach : new long[] {1, 7, 1024, 8 * 1024, 1_000_003}) {
            long units = MemoryBudget.units(bytesEach);
            assertThat(units).as("%d bytes each", bytesEach).isPositive();
            assertThat(MemoryBudget.fits(units, bytesEach)).as("%d bytes each", bytesEach).isTrue();
            assertThat(MemoryBudget.fits(units + 1, bytesEach)).as("%d bytes each", bytesEach).isFalse();
        }
    }
}
