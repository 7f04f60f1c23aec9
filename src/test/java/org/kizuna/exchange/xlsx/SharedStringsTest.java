// SPDX-License-Identifier: Apache-2.0
package org.kizuna.exchange.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedStringsTest {
    @Test
    void stringsComeBackAsTheyWereAcrossChunkBoundaries() {
        SharedStrings t = new SharedStrings();
        Random r = new Random(3);
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(i % 100 == 0 ? 30_000 : 40);
            for (int k = 0; k < n; k++) {
                sb.append(r.nextBoolean() ? (char) ('a' + r.nextInt(26)) : (char) (0x3040 + r.nextInt(0x5000)));
            }
            String s = i % 997 == 0 ? "😀" + sb : sb.toString();
            assertTrue(t.add(s));
            added.add(s);
        }
        assertTrue(t.add(null), "a string too long for a cell is kept as such");
        assertEquals(added.size() + 1, t.size());
        for (int i = 0; i < added.size(); i++) {
            assertEquals(added.get(i), t.get(i), "string " + i);
        }
        assertNull(t.get(added.size()));
    }

    @Test
    void theTableRefusesMoreThanItsCapOfBytes() {
        SharedStrings t = new SharedStrings();
        String big = "x".repeat(32_000); // 32,000 bytes of UTF-8
        long fits = SharedStrings.MAX_BYTES / big.length();
        for (long i = 0; i < fits; i++) {
            assertTrue(t.add(big));
        }
        assertFalse(t.add(big), "the byte cap is reached");
        assertEquals(fits, t.size());
    }

    @Test
    void theTableRefusesMoreThanItsCapOfStrings() {
        SharedStrings t = new SharedStrings();
        for (int i = 0; i < SharedStrings.MAX_COUNT; i++) {
            assertTrue(t.add(""));
        }
        assertFalse(t.add(""), "the count cap is reached");
        assertEquals("", t.get(SharedStrings.MAX_COUNT - 1));
    }
}
