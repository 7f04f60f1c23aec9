// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maximal cliques of the undirected view: Bron–Kerbosch with Tomita pivoting, started from each
 * actor in degeneracy order with only its later neighbours as candidates (Eppstein, Löffler and
 * Strash 2010), so hubs of a scale-free network do not blow the search up. Branches that cannot
 * reach the minimum size are cut. Written on the CSR arrays rather than JGraphT's finder because
 * it avoids building a second, object-based graph of the whole network (the test compares the two).
 */
public final class CliqueFinder {
    private CliqueFinder() {
    }

    /** Maximal cliques with at least {@code minSize} members, each sorted ascending. */
    public static List<int[]> maximalCliques(NetworkGraph g, int minSize) {
        int n = g.size();
        int[] order = degeneracyOrder(g);
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[order[i]] = i;
        }
        List<int[]> found = new ArrayList<>();
        int[] off = g.offsets();
        int[] adj = g.neighbours();
        int[] r = new int[n + 1];
        for (int v : order) {
            int d = off[v + 1] - off[v];
            int[] p = new int[d];
            int[] x = new int[d];
            int pn = 0;
            int xn = 0;
            for (int i = off[v]; i < off[v + 1]; i++) {
                int u = adj[i];
                if (rank[u] > rank[v]) {
                    p[pn++] = u;
                } else {
                    x[xn++] = u;
                }
            }
            r[0] = v;
            expand(g, r, 1, p, pn, x, xn, Math.max(1, minSize), found);
        }
        for (int[] c : found) {
            Arrays.sort(c);
        }
        return found;
    }

    private static void expand(NetworkGraph g, int[] r, int rn, int[] p, int pn, int[] x, int xn, int minSize,
                               List<int[]> found) {
        if (pn == 0) {
            if (xn == 0 && rn >= minSize) {
                found.add(Arrays.copyOf(r, rn));
            }
            return;
        }
        if (rn + pn < minSize) {
            return;
        }
        int pivot = -1;
        int best = -1;
        for (int i = 0; i < pn + xn; i++) {
            int u = i < pn ? p[i] : x[i - pn];
            int c = 0;
            for (int j = 0; j < pn; j++) {
                if (g.adjacent(u, p[j])) {
                    c++;
                }
            }
            if (c > best) {
                best = c;
                pivot = u;
            }
        }
        int[] cand = new int[pn];
        int cn = 0;
        for (int i = 0; i < pn; i++) {
            if (!g.adjacent(pivot, p[i])) {
                cand[cn++] = p[i];
            }
        }
        int[] pLive = Arrays.copyOf(p, pn);
        int pl = pn;
        int[] xLive = Arrays.copyOf(x, xn + pn);
        int xl = xn;
        for (int ci = 0; ci < cn; ci++) {
            int v = cand[ci];
            int[] np = new int[pl];
            int npn = 0;
            for (int i = 0; i < pl; i++) {
                if (g.adjacent(v, pLive[i])) {
                    np[npn++] = pLive[i];
                }
            }
            int[] nx = new int[xl];
            int nxn = 0;
            for (int i = 0; i < xl; i++) {
                if (g.adjacent(v, xLive[i])) {
                    nx[nxn++] = xLive[i];
                }
            }
            r[rn] = v;
            expand(g, r, rn + 1, np, npn, nx, nxn, minSize, found);
            for (int i = 0; i < pl; i++) {
                if (pLive[i] == v) {
                    pLive[i] = pLive[--pl];
                    break;
                }
            }
            xLive[xl++] = v;
        }
    }

    static int[] degeneracyOrder(NetworkGraph g) {
        return CoreDecomposition.peelingOrder(g);
    }
}
