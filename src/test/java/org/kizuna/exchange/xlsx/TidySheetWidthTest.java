// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tidy sheets measure a figure's width without a Formatter; it must match the Formatter's text. */
class TidySheetWidthTest {
    @Test
    void twoDecimalsWidthIsTheLengthOfTheFormattedFigure() {
        double[] edges = {0, -0.0, 0.004, -0.004, 0.005, 0.995, 0.9951, 9.99, 9.994, 9.995, 9.996, 99.995, 999.999,
                1e14, 9.99999999e14, 1e15, 1e300, -1e300, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.MIN_VALUE, 123_456.785, -99.999, 1, 10, 100, 0.01};
        for (double d : edges) {
            assertEquals(String.format("%.2f", d).length(), TidySheet.twoDecimalsWidth(d), String.valueOf(d));
        }
        Random rnd = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 4) {
                case 0 -> rnd.nextDouble();
                case 1 -> rnd.nextGaussian() * 1000;
                case 2 -> Math.pow(10, rnd.nextInt(16)) - rnd.nextInt(3) * 0.005 + (rnd.nextDouble() - 0.5) * 1e-9;
                default -> rnd.nextInt(100_000) / 1000.0;
            };
            assertEquals(String.format("%.2f", d).length(), TidySheet.twoDecimalsWidth(d), String.valueOf(d));
        }
    }
}
