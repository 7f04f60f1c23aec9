// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

/**
 * Local clustering coefficient on the undirected view (Watts–Strogatz): triangles through v over
 * d(d-1)/2. Actors with fewer than two neighbours get 0, as NetworkX's {@code clustering} does.
 *
 * <p>Triangles are counted once each by orienting every edge from the lower to the higher
 * (degree, index) rank, which bounds the work by O(m·√m) even with hubs of thousands of ties.
 */
public final class ClusteringCalculator {
    private ClusteringCalculator() {
    }

    /** Number of triangles through each actor. */
    public static long[] triangles(NetworkGraph g) {
        int n = g.size();
        int[] off = g.offsets();
        int[] adj = g.neighbours();
        int[] fOff = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int c = 0;
            for (int i = off[v]; i < off[v + 1]; i++) {
                if (before(g, v, adj[i])) {
                    c++;
                }
            }
            fOff[v + 1] = fOff[v] + c;
        }
        int[] fAdj = new int[fOff[n]];
        for (int v = 0; v < n; v++) {
            int k = fOff[v];
            for (int i = off[v]; i < off[v + 1]; i++) {
                if (before(g, v, adj[i])) {
                    fAdj[k++] = adj[i];
                }
            }
        }
        long[] tri = new long[n];
        int[] mark = new int[n];
        java.util.Arrays.fill(mark, -1);
        for (int v = 0; v < n; v++) {
            for (int i = fOff[v]; i < fOff[v + 1]; i++) {
                mark[fAdj[i]] = v;
            }
            for (int i = fOff[v]; i < fOff[v + 1]; i++) {
                int u = fAdj[i];
                for (int j = fOff[u]; j < fOff[u + 1]; j++) {
                    int w = fAdj[j];
                    if (mark[w] == v) {
                        tri[v]++;
                        tri[u]++;
                        tri[w]++;
                    }
                }
            }
        }
        return tri;
    }

    private static boolean before(NetworkGraph g, int a, int b) {
        int da = g.degree(a);
        int db = g.degree(b);
        return da < db || (da == db && a < b);
    }

    public static double[] local(NetworkGraph g, long[] triangles) {
        int n = g.size();
        double[] c = new double[n];
        for (int v = 0; v < n; v++) {
            long d = g.degree(v);
            c[v] = d < 2 ? 0 : 2.0 * triangles[v] / (d * (d - 1));
        }
        return c;
    }

    /** Transitivity: 3 × triangles / connected triples (NetworkX {@code transitivity}). */
    public static double transitivity(NetworkGraph g, long[] triangles) {
        long tri3 = 0;
        long triples = 0;
        for (int v = 0; v < g.size(); v++) {
            long d = g.degree(v);
            tri3 += triangles[v];
            triples += d * (d - 1) / 2;
        }
        return triples == 0 ? 0 : (double) tri3 / triples;
    }
}
