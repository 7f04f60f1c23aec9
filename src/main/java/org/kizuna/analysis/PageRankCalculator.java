// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

/**
 * PageRank (Page et al. 1999) by power iteration on the directed view (an undirected tie is two
 * arcs, so on an all-undirected network this is PageRank of the undirected graph as NetworkX
 * computes it). Damping 0.85 and dangling actors spreading their rank evenly over all actors, as
 * NetworkX's {@code pagerank} default; unweighted. We iterate to an L1 change below n·1e-12 (NetworkX
 * stops at n·1e-6), so our values are the converged ones NetworkX approaches.
 */
public final class PageRankCalculator {
    public static final double DAMPING = 0.85;
    private static final int MAX_ITERATIONS = 1000;

    private PageRankCalculator() {
    }

    public static double[] compute(NetworkGraph g) {
        return compute(g, DAMPING, 1e-12);
    }

    public static double[] compute(NetworkGraph g, double alpha, double tolerancePerNode) {
        int n = g.size();
        double[] x = new double[n];
        if (n == 0) {
            return x;
        }
        int[] inOff = g.inOffsets();
        int[] inAdj = g.inNeighbours();
        double[] invOut = new double[n];
        for (int v = 0; v < n; v++) {
            int d = g.outDegree(v);
            invOut[v] = d == 0 ? 0 : 1.0 / d;
        }
        java.util.Arrays.fill(x, 1.0 / n);
        double[] share = new double[n];
        double[] y = new double[n];
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double dangling = 0;
            for (int v = 0; v < n; v++) {
                if (invOut[v] == 0) {
                    dangling += x[v];
                }
                share[v] = x[v] * invOut[v];
            }
            double base = (1 - alpha) / n + alpha * dangling / n;
            double err = 0;
            for (int v = 0; v < n; v++) {
                double s = 0;
                for (int i = inOff[v], e = inOff[v + 1]; i < e; i++) {
                    s += share[inAdj[i]];
                }
                y[v] = base + alpha * s;
                err += Math.abs(y[v] - x[v]);
            }
            double[] t = x;
            x = y;
            y = t;
            if (err < n * tolerancePerNode) {
                break;
            }
        }
        return x;
    }
}
