// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Burt's (1992) structural-hole measures on the undirected, unweighted view, with NetworkX 3's
 * conventions ({@code constraint}, {@code effective_size} with {@code weight=None}):
 * <ul>
 *   <li>p_ij = 1/deg(i) for a neighbour j (proportional tie investment, equal ties);
 *   <li>constraint(i) = Σ_j (p_ij + Σ_{q≠i,j} p_iq·p_qj)², over the neighbours j of i;
 *   <li>effective size(i) = n − 2t/n, n = deg(i), t = ties among i's neighbours (Borgatti's form of
 *       Burt's redundancy, which NetworkX uses for undirected unweighted graphs);
 *   <li>efficiency(i) = effective size / deg(i) (Burt 1992; NetworkX has no such function).
 * </ul>
 * All three are undefined (NaN) for isolates.
 */
public final class StructuralHolesCalculator {
    private StructuralHolesCalculator() {
    }

    public record StructuralHoles(double[] constraint, double[] effectiveSize, double[] efficiency) {
    }

    public static StructuralHoles compute(NetworkGraph g) {
        int n = g.size();
        double[] constraint = new double[n];
        double[] effective = new double[n];
        double[] efficiency = new double[n];
        int threads = n < 256 ? 1 : Runtime.getRuntime().availableProcessors();
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            int[] off = g.offsets();
            int[] adj = g.neighbours();
            double[] indirect = new double[n];
            int[] mark = new int[n];
            Arrays.fill(mark, -1);
            while (true) {
                int start = next.getAndAdd(64);
                if (start >= n) {
                    return;
                }
                for (int v = start; v < Math.min(n, start + 64); v++) {
                    int dv = off[v + 1] - off[v];
                    if (dv == 0) {
                        constraint[v] = Double.NaN;
                        effective[v] = Double.NaN;
                        efficiency[v] = Double.NaN;
                        continue;
                    }
                    double pv = 1.0 / dv;
                    for (int i = off[v]; i < off[v + 1]; i++) {
                        mark[adj[i]] = v;
                        indirect[adj[i]] = 0;
                    }
                    long twiceTies = 0;
                    for (int i = off[v]; i < off[v + 1]; i++) {
                        int q = adj[i];
                        double pq = 1.0 / (off[q + 1] - off[q]);
                        for (int j = off[q]; j < off[q + 1]; j++) {
                            int w = adj[j];
                            if (mark[w] == v) {
                                indirect[w] += pv * pq;
                                twiceTies++;
                            }
                        }
                    }
                    double c = 0;
                    for (int i = off[v]; i < off[v + 1]; i++) {
                        double x = pv + indirect[adj[i]];
                        c += x * x;
                    }
                    constraint[v] = c;
                    effective[v] = dv - (double) twiceTies / dv;
                    efficiency[v] = effective[v] / dv;
                }
            }
        };
        Parallel.run(threads, work);
        return new StructuralHoles(constraint, effective, efficiency);
    }
}
