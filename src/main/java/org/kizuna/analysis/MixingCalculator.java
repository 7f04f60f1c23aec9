// SPDX-License-Identifier: Apache-2.0
package org.kizuna.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who ties to whom, by actor attribute, on the undirected view: the E–I index of Krackhardt and
 * Stern (1988), Newman's (2003) attribute assortativity, and the share of ties between actors who
 * share a membership compared with the share of all pairs who do (proposition 5 of the Fujita model:
 * similarity breeds ties).
 */
public final class MixingCalculator {
    private MixingCalculator() {
    }

    /**
     * E–I index: (external − internal) / (external + internal) over the edges, where an edge is
     * internal when both ends have the same label. −1 means every tie stays inside its group, +1 that
     * every tie crosses groups. NaN when there are no edges. Labels below 0 mean "unknown": such
     * edges are left out.
     */
    public static double eiIndex(NetworkGraph g, int[] label) {
        long external = 0;
        long internal = 0;
        int[] off = g.offsets();
        int[] adj = g.neighbours();
        for (int v = 0; v < g.size(); v++) {
            for (int i = off[v]; i < off[v + 1]; i++) {
                int w = adj[i];
                if (w <= v || label[v] < 0 || label[w] < 0) {
                    continue;
                }
                if (label[v] == label[w]) {
                    internal++;
                } else {
                    external++;
                }
            }
        }
        long all = external + internal;
        return all == 0 ? Double.NaN : (double) (external - internal) / all;
    }

    /**
     * Newman's assortativity coefficient for a categorical attribute: r = (Σ e_ii − Σ a_i²) /
     * (1 − Σ a_i²) with e the symmetric mixing matrix of the edges (each edge counted both ways).
     * Actors with an unknown label (below 0) are left out with their edges. NaN when undefined (no
     * edges, or everyone in one category), as NetworkX returns.
     */
    public static double assortativity(NetworkGraph g, int[] label) {
        Map<Integer, Integer> slot = new HashMap<>();
        for (int l : label) {
            if (l >= 0) {
                slot.putIfAbsent(l, slot.size());
            }
        }
        int k = slot.size();
        if (k == 0) {
            return Double.NaN;
        }
        double[] diag = new double[k];
        double[] a = new double[k];
        double total = 0;
        int[] off = g.offsets();
        int[] adj = g.neighbours();
        for (int v = 0; v < g.size(); v++) {
            if (label[v] < 0) {
                continue;
            }
            int sv = slot.get(label[v]);
            for (int i = off[v]; i < off[v + 1]; i++) {
                int w = adj[i];
                if (label[w] < 0) {
                    continue;
                }
                total++;
                a[sv]++;
                if (label[w] == label[v]) {
                    diag[sv]++;
                }
            }
        }
        if (total == 0) {
            return Double.NaN;
        }
        double trace = 0;
        double sumSq = 0;
        for (int i = 0; i < k; i++) {
            trace += diag[i] / total;
            sumSq += (a[i] / total) * (a[i] / total);
        }
        if (1 - sumSq == 0) {
            return Double.NaN;
        }
        return (trace - sumSq) / (1 - sumSq);
    }

    /** Tie share versus pair share of "shares at least one membership", among actors with memberships. */
    public record SharedMembership(long ties, long tiesSharing, long pairs, long pairsSharing) {
        public double tieShare() {
            return ties == 0 ? Double.NaN : (double) tiesSharing / ties;
        }

        public double pairShare() {
            return pairs == 0 ? Double.NaN : (double) pairsSharing / pairs;
        }

        /** How many times likelier a tie joins members of a common body than a random pair does. */
        public double ratio() {
            double p = pairShare();
            return Double.isNaN(p) || p == 0 ? Double.NaN : tieShare() / p;
        }
    }

    public static SharedMembership sharedMembership(NetworkGraph g) {
        int n = g.size();
        Map<String, List<Integer>> members = new HashMap<>();
        List<List<Integer>> of = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            List<Integer> mine = new ArrayList<>();
            for (String m : g.actor(v).memberships()) {
                if (m == null || m.isBlank()) {
                    continue;
                }
                List<Integer> list = members.computeIfAbsent(m.strip(), x -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != v) {
                    list.add(v);
                }
            }
            of.add(mine);
        }
        int[] slot = new int[n];
        java.util.Arrays.fill(slot, -1);
        int s = 0;
        for (List<Integer> list : members.values()) {
            for (int v : list) {
                of.get(v).add(s);
            }
            s++;
        }
        List<List<Integer>> lists = new ArrayList<>(members.values());
        long withMembership = 0;
        for (int v = 0; v < n; v++) {
            if (!of.get(v).isEmpty()) {
                withMembership++;
            }
        }
        long pairs = withMembership * (withMembership - 1) / 2;
        long pairsSharing = 0;
        int[] mark = new int[n];
        java.util.Arrays.fill(mark, -1);
        for (int v = 0; v < n; v++) {
            for (int m : of.get(v)) {
                for (int w : lists.get(m)) {
                    if (w > v && mark[w] != v) {
                        mark[w] = v;
                        pairsSharing++;
                    }
                }
            }
        }
        long ties = 0;
        long tiesSharing = 0;
        int[] off = g.offsets();
        int[] adj = g.neighbours();
        java.util.Arrays.fill(mark, -1);
        for (int v = 0; v < n; v++) {
            if (of.get(v).isEmpty()) {
                continue;
            }
            for (int m : of.get(v)) {
                for (int w : lists.get(m)) {
                    mark[w] = v;
                }
            }
            for (int i = off[v]; i < off[v + 1]; i++) {
                int w = adj[i];
                if (w <= v || of.get(w).isEmpty()) {
                    continue;
                }
                ties++;
                if (mark[w] == v) {
                    tiesSharing++;
                }
            }
        }
        return new SharedMembership(ties, tiesSharing, pairs, pairsSharing);
    }
}
