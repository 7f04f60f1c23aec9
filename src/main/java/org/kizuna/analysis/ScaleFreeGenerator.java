// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.kizuna.model.Actor;
import org.kizuna.model.Tie;

/**
 * Seeded scale-free directed networks for the benchmark: preferential attachment (each newcomer
 * ties to {@code m} distinct earlier actors chosen with probability proportional to degree + 1),
 * each tie then oriented at random so the network has cycles as transaction networks do (a pure
 * Price model would be acyclic, which makes directed searches unrealistically short). Mean
 * out-degree is m (less a few ties at the start). About 80% of the actors are inside the region, and
 * one outside actor in ten is abroad, so the scope figures have something to count. Ties refer to
 * actors by {@code -(index+1)} as {@code ImportNetworkCommand} expects.
 */
public final class ScaleFreeGenerator {
    private ScaleFreeGenerator() {
    }

    public record Generated(List<Actor> actors, List<Tie> ties, int[] source, int[] target) {
    }

    public static Generated generate(int n, int m, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Actor> actors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean inside = rnd.nextDouble() < 0.8;
            String country = !inside && rnd.nextDouble() < 0.1 ? "US" : null;
            actors.add(new Actor(0, "a" + i, "company", null, null, country, inside, null, List.of(), null, null,
                    null, null));
        }
        int[] pool = new int[n + 2 * n * m + 1];
        int poolSize = 0;
        int[] src = new int[n * m];
        int[] dst = new int[n * m];
        int arcs = 0;
        int[] chosen = new int[m];
        for (int i = 0; i < n; i++) {
            int k = Math.min(m, i);
            int c = 0;
            while (c < k) {
                int t = pool[rnd.nextInt(poolSize)];
                boolean dup = false;
                for (int j = 0; j < c; j++) {
                    dup |= chosen[j] == t;
                }
                if (!dup) {
                    chosen[c++] = t;
                }
            }
            for (int j = 0; j < k; j++) {
                int t = chosen[j];
                if (rnd.nextBoolean()) {
                    src[arcs] = i;
                    dst[arcs] = t;
                } else {
                    src[arcs] = t;
                    dst[arcs] = i;
                }
                arcs++;
                pool[poolSize++] = t;
                pool[poolSize++] = i;
            }
            pool[poolSize++] = i;
        }
        List<Tie> ties = new ArrayList<>(arcs);
        for (int a = 0; a < arcs; a++) {
            ties.add(new Tie(0, -(src[a] + 1L), -(dst[a] + 1L), "transaction", true, 1.0, null, null, null, null));
        }
        return new Generated(actors, ties, Arrays.copyOf(src, arcs), Arrays.copyOf(dst, arcs));
    }
}
