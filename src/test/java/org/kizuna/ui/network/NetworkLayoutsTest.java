// SPDX-License-Identifier: Apache-2.0
package org.kizuna.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The presentation spread, without the toolkit. */
class NetworkLayoutsTest {
    private static final double RADIUS = 22;
    private static final double FONT = 24;

    @Test
    void japaneseNamesAreWiderThanLatinOnesOfTheSameLength() {
        assertEquals(4 * FONT, NetworkLayouts.labelWidth("富山大学", FONT), 1e-9);
        assertEquals(4 * 0.6 * FONT, NetworkLayouts.labelWidth("JICA", FONT), 1e-9);
    }

    @Test
    void aDenseCoreOpensUpUntilNoTwoNamesOverlap() {
        Map<Long, double[]> core = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        List<String> words = List.of("北陸ライフサイエンスクラスター推進室", "富山大学", "金沢大学", "石川県", "福井県",
                "富山県の医薬品企業", "北陸の医療機関", "医薬品医療機器総合機構（PMDA）北陸支部");
        for (int i = 0; i < words.size(); i++) {
            core.put((long) i, new double[] {1000 + 15 * (i % 3), 800 + 12 * i});
            names.put((long) i, words.get(i));
        }
        Map<Long, double[]> out = NetworkLayouts.spreadForLabels(core, names, RADIUS, FONT, 4000, 3000, 200);
        for (long a = 0; a < words.size(); a++) {
            for (long b = a + 1; b < words.size(); b++) {
                double[] p = out.get(a);
                double[] q = out.get(b);
                double halfA = Math.max(RADIUS, NetworkLayouts.labelWidth(names.get(a), FONT) / 2 + 4);
                double halfB = Math.max(RADIUS, NetworkLayouts.labelWidth(names.get(b), FONT) / 2 + 4);
                boolean apartX = Math.abs(p[0] - q[0]) >= halfA + halfB - 0.5;
                boolean apartY = Math.abs(p[1] - q[1]) >= 2 * RADIUS + FONT * 1.4 - 0.5;
                assertTrue(apartX || apartY, names.get(a) + " and " + names.get(b) + " still overlap");
            }
        }
    }

    @Test
    void actorsWithRoomAroundThemStayWhereTheyAre() {
        Map<Long, double[]> spread = Map.of(1L, new double[] {100, 100}, 2L, new double[] {900, 100},
                3L, new double[] {100, 700});
        Map<Long, String> names = Map.of(1L, "帯広畜産大学", 2L, "帯広信用金庫", 3L, "十勝振興局");
        Map<Long, double[]> out = NetworkLayouts.spreadForLabels(spread, names, RADIUS, FONT, 2000, 2000, 50);
        for (long id = 1; id <= 3; id++) {
            assertArrayEquals(spread.get(id), out.get(id), 1e-9);
        }
    }
}
