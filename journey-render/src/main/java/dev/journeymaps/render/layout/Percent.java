package dev.journeymaps.render.layout;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares written as percentages, the way CX teams read them: {@code 0.1} is {@code 10%}, {@code 0.125} is {@code 12.5%}. */
final class Percent {

    private Percent() {}

    static String of(double share) {
        BigDecimal percent = BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return percent.toPlainString() + "%";
    }
}
