package dev.journeymaps.model.analysis;

import java.util.OptionalDouble;

/**
 * What fixing one hotspot would be worth: the analysis redone with its friction removed and, where it sends customers
 * to abandoned exits, those customers routed on along its other steps as if they had not given up.
 *
 * @param experienceScore the journey's experience score then, 0..100
 * @param gain how much the experience score rises: {@code experienceScore} − today's
 * @param customersKept customers per 1,000 entering the journey who would then no longer end at an abandoned exit
 * @param customersKeptPerPeriod the same per period of {@code journey.customers}, when it is given
 * @param valueKept the value of those customers ({@code journey.value}), per period when customers are given, else
 *     per 1,000 entering; empty without a value
 */
public record WhatIf(
        double experienceScore,
        double gain,
        double customersKept,
        OptionalDouble customersKeptPerPeriod,
        OptionalDouble valueKept) {}
