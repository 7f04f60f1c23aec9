// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brokerage roles after Gould and Fernandez (1989), counted on the directed view. Actor j brokers
 * a two-path i → j → k when i ≠ k and there is no arc i → k (the ends do not reach each other
 * directly; this is the definition of the paper and of statnet's {@code brokerage}). The role
 * depends on the groups of i, j, k:
 * <ul>
 *   <li>coordinator: all three in one group;
 *   <li>itinerant (consultant): i and k in one group, j in another;
 *   <li>representative: j in i's group, k elsewhere (j speaks for its group outward);
 *   <li>gatekeeper: j in k's group, i elsewhere (j lets outside knowledge in);
 *   <li>liaison: all three in different groups.
 * </ul>
 * An undirected tie is two arcs, so an undirected path a–b–c counts once in each direction: on
 * an all-undirected network every count is even and a mixed-group path gives b one representative
 * and one gatekeeper count.
 */
public final class BrokerageCalculator {
    public static final int COORDINATOR = 0;
    public static final int ITINERANT = 1;
    public static final int GATEKEEPER = 2;
    public static final int REPRESENTATIVE = 3;
    public static final int LIAISON = 4;

    private BrokerageCalculator() {
    }

    /** Per actor, the five counts indexed by the constants above. {@code group[v]} labels actor v. */
    public static long[][] compute(NetworkGraph g, int[] group) {
        int n = g.size();
        long[][] counts = new long[n][5];
        int[] outOff = g.outOffsets();
        int[] out = g.outNeighbours();
        int[] inOff = g.inOffsets();
        int[] in = g.inNeighbours();
        AtomicInteger next = new AtomicInteger();
        int threads = n < 256 ? 1 : Runtime.getRuntime().availableProcessors();
        Parallel.run(threads, () -> {
            int[] mark = new int[n];
            Arrays.fill(mark, -1);
            while (true) {
                int start = next.getAndAdd(64);
                if (start >= n) {
                    return;
                }
                for (int j = start; j < Math.min(n, start + 64); j++) {
                    long[] c = counts[j];
                    int gj = group[j];
                    for (int a = inOff[j]; a < inOff[j + 1]; a++) {
                        int i = in[a];
                        for (int b = outOff[i]; b < outOff[i + 1]; b++) {
                            mark[out[b]] = i;
                        }
                        int gi = group[i];
                        for (int b = outOff[j]; b < outOff[j + 1]; b++) {
                            int k = out[b];
                            if (k == i || mark[k] == i) {
                                continue;
                            }
                            c[role(gi, gj, group[k])]++;
                        }
                        // Clear the marks so the next in-neighbour starts clean even if it is i again later.
                        for (int b = outOff[i]; b < outOff[i + 1]; b++) {
                            mark[out[b]] = -1;
                        }
                    }
                }
            }
        });
        return counts;
    }

    static int role(int gi, int gj, int gk) {
        if (gi == gj && gj == gk) {
            return COORDINATOR;
        }
        if (gi == gk) {
            return ITINERANT;
        }
        if (gi == gj) {
            return REPRESENTATIVE;
        }
        if (gj == gk) {
            return GATEKEEPER;
        }
        return LIAISON;
    }
}
