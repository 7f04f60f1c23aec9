// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

/**
 * Core numbers on the undirected view by the O(m) bin-sort algorithm of Batagelj and Zaversnik
 * (2003): the k-core is the largest subgraph where everyone has at least k neighbours inside it,
 * and an actor's core number is the largest such k. Equals NetworkX's {@code core_number} on the
 * undirected graph.
 */
public final class CoreDecomposition {
    private CoreDecomposition() {
    }

    public static int[] coreNumbers(NetworkGraph g) {
        return decompose(g)[0];
    }

    /**
     * The order in which the algorithm peels the actors off: a degeneracy ordering, where every
     * actor has at most (degeneracy) neighbours later in the order.
     */
    public static int[] peelingOrder(NetworkGraph g) {
        return decompose(g)[1];
    }

    private static int[][] decompose(NetworkGraph g) {
        int n = g.size();
        int[] off = g.offsets();
        int[] adj = g.neighbours();
        int[] deg = new int[n];
        int maxDeg = 0;
        for (int v = 0; v < n; v++) {
            deg[v] = g.degree(v);
            maxDeg = Math.max(maxDeg, deg[v]);
        }
        int[] bin = new int[maxDeg + 1];
        for (int v = 0; v < n; v++) {
            bin[deg[v]]++;
        }
        int start = 0;
        for (int d = 0; d <= maxDeg; d++) {
            int num = bin[d];
            bin[d] = start;
            start += num;
        }
        int[] pos = new int[n];
        int[] vert = new int[n];
        for (int v = 0; v < n; v++) {
            pos[v] = bin[deg[v]];
            vert[pos[v]] = v;
            bin[deg[v]]++;
        }
        for (int d = maxDeg; d >= 1; d--) {
            bin[d] = bin[d - 1];
        }
        if (maxDeg >= 0 && bin.length > 0) {
            bin[0] = 0;
        }
        for (int i = 0; i < n; i++) {
            int v = vert[i];
            for (int j = off[v]; j < off[v + 1]; j++) {
                int u = adj[j];
                if (deg[u] > deg[v]) {
                    int du = deg[u];
                    int pu = pos[u];
                    int pw = bin[du];
                    int w = vert[pw];
                    if (u != w) {
                        pos[u] = pw;
                        vert[pu] = w;
                        pos[w] = pu;
                        vert[pw] = u;
                    }
                    bin[du]++;
                    deg[u]--;
                }
            }
        }
        return new int[][] {deg, vert};
    }
}
